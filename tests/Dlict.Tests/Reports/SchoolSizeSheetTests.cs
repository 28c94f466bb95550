using static Dlict.Tests.Reports.WorkbookReadback;

namespace Dlict.Tests.Reports;

public class SchoolSizeSheetTests
{
    private const string Sheet = "ขนาดโรงเรียน";

    [Test]
    public void Size_groups_count_schools_and_students()
    {
        var groups = KnownWorkbook.WithoutOperationsViews.Table(Sheet, "โรงเรียนและนักเรียนตามขนาด");

        Assert.That(groups.Select(g => Number(g["จำนวนโรงเรียน"])), Is.EqualTo(new[] { 2.0, 1, 1, 1, 1 }));
        Assert.That(groups.Select(g => Number(g["จำนวนนักเรียน"])), Is.EqualTo(new[] { 150.0, 200, 700, 1600, 0 }));
        Assert.That(groups[0]["ขนาดโรงเรียน"], Is.EqualTo("ขนาดเล็ก (1–120 คน)"));
    }

    [Test]
    public void Small_schools_are_listed_smallest_first()
    {
        var small = KnownWorkbook.WithoutOperationsViews.Table(Sheet, "รายชื่อโรงเรียนขนาดเล็ก (นักเรียนไม่เกิน 120 คน)");

        Assert.That(small.Select(s => s["ชื่อโรงเรียน"]), Is.EqualTo(new[] { "บ้านโคก", "บ้านหนองบัว" }));
        Assert.That(small.Select(s => Number(s["นักเรียน"])), Is.EqualTo(new[] { 50.0, 100 }));
    }
}
