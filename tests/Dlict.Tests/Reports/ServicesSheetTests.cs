using static Dlict.Tests.Reports.WorkbookReadback;

namespace Dlict.Tests.Reports;

public class ServicesSheetTests
{
    private const string Sheet = "บริการ";

    [Test]
    public void Requests_per_month_and_type()
    {
        var months = KnownWorkbook.WithOperationsViews.Table(Sheet, "คำขอรับบริการรายเดือนตามประเภท");

        Assert.That(months.Select(m => m["เดือน"]), Is.EqualTo(new[] { "ต.ค. 2568", "พ.ย. 2568" }));
        Assert.That(Number(months[0]["ยืมอุปกรณ์"]), Is.EqualTo(2));
        Assert.That(Number(months[1]["ติดตั้งระบบ"]), Is.EqualTo(2));
        Assert.That(Number(months[1]["ยืมอุปกรณ์"]), Is.EqualTo(0));
    }

    [Test]
    public void Approval_rate_and_median_turnaround()
    {
        var types = KnownWorkbook.WithOperationsViews.Table(Sheet, "สรุปตามประเภทบริการ");

        var all = Row(types, "ประเภทบริการ", "รวมทุกประเภท");
        Assert.That(Number(all["อัตราการอนุมัติ (%)"]), Is.EqualTo(66.7)); // 2 approved of 3 decided
        Assert.That(Number(all["ระยะเวลาดำเนินการ (มัธยฐาน วัน)"]), Is.EqualTo(2)); // 1, 2, 10
        Assert.That(Number(all["ยังไม่แล้วเสร็จ"]), Is.EqualTo(1));
        Assert.That(Number(Row(types, "ประเภทบริการ", "ยืมอุปกรณ์")["ระยะเวลาดำเนินการ (มัธยฐาน วัน)"]), Is.EqualTo(6)); // 2, 10
    }

    [Test]
    public void Absent_view_shows_no_data_yet()
    {
        var rows = KnownWorkbook.WithoutOperationsViews.Rows(Sheet);

        Assert.That(rows[rows.FindIndex(r => Equals(r[0], "คำขอรับบริการรายเดือนตามประเภท")) + 1][0], Is.EqualTo("ยังไม่มีข้อมูล"));
    }
}
