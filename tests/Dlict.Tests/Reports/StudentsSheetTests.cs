using static Dlict.Tests.Reports.WorkbookReadback;

namespace Dlict.Tests.Reports;

public class StudentsSheetTests
{
    private const string Sheet = "นักเรียน";

    [Test]
    public void Students_by_grade_add_up_by_sex()
    {
        var grades = KnownWorkbook.WithoutOperationsViews.Table(Sheet, "นักเรียนตามชั้น");

        Assert.That(grades.Select(g => g["ชั้น"]), Is.EqualTo(new[] { "อ.1", "ป.1" }));
        var kindergarten = Row(grades, "ชั้น", "อ.1");
        Assert.That((Number(kindergarten["ชาย"]), Number(kindergarten["หญิง"]), Number(kindergarten["รวม"])), Is.EqualTo((265.0, 265.0, 530.0)));
        Assert.That(grades.Sum(g => Number(g["รวม"])), Is.EqualTo(2650));
    }

    [Test]
    public void Students_by_district_and_level()
    {
        var lines = KnownWorkbook.WithoutOperationsViews.Table(Sheet, "นักเรียนตามอำเภอ ระดับชั้น และเพศ");
        var town = lines.Where(l => Equals(l["อำเภอ"], "เมือง")).ToList();

        Assert.That(town.Select(l => l["ระดับชั้น"]), Is.EqualTo(new[] { "อนุบาล", "ประถมศึกษา" }));
        Assert.That(town.Sum(l => Number(l["รวม"])), Is.EqualTo(800));
        Assert.That(Number(town[1]["ชาย"]), Is.EqualTo(320)); // ป.1 boys: 40 + 280
    }
}
