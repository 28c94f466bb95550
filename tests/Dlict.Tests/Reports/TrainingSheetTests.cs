using static Dlict.Tests.Reports.WorkbookReadback;

namespace Dlict.Tests.Reports;

public class TrainingSheetTests
{
    private const string Sheet = "การอบรม";

    [Test]
    public void Fiscal_year_summary_has_attendance_pass_rate_and_hours_per_person()
    {
        var years = KnownWorkbook.WithOperationsViews.Table(Sheet, "สรุปตามปีงบประมาณ");

        var fy2569 = years.Single(y => Number(y["ปีงบประมาณ"]) == 2569);
        Assert.That(Number(fy2569["เข้าอบรม"]), Is.EqualTo(18));
        Assert.That(Number(fy2569["อัตราการเข้าอบรม (%)"]), Is.EqualTo(90.0)); // 18 / 20
        Assert.That(Number(fy2569["อัตราการผ่าน (%)"]), Is.EqualTo(83.3)); // 15 / 18
        Assert.That(Number(fy2569["ชั่วโมงต่อคน"]), Is.EqualTo(6.0));
    }

    [Test]
    public void Courses_are_listed_with_thai_start_dates()
    {
        var courses = KnownWorkbook.WithOperationsViews.Table(Sheet, "หลักสูตร");

        Assert.That(courses.Select(c => c["รหัสหลักสูตร"]), Is.EqualTo(new[] { "C01", "C02" }));
        Assert.That(courses[0]["วันเริ่ม"], Is.EqualTo("10 พ.ย. 2568"));
        Assert.That(Number(courses[0]["ผู้ลงทะเบียน"]), Is.EqualTo(20));
    }

    [TestCase(false)]
    [TestCase(true)]
    public void Absent_or_empty_view_shows_no_data_yet(bool viewExistsButEmpty)
    {
        var book = viewExistsButEmpty ? KnownWorkbook.WithEmptyOperationsViews : KnownWorkbook.WithoutOperationsViews;
        var rows = book.Rows(Sheet);

        var caption = rows.FindIndex(r => Equals(r[0], "สรุปตามปีงบประมาณ"));
        Assert.That(rows[caption + 1][0], Is.EqualTo("ยังไม่มีข้อมูล"));
    }
}
