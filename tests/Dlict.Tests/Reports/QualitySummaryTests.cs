using Dlict.Reports;
using Dlict.Reports.Queries;
using Dlict.Reports.Workbooks;
using Dlict.Tests.Warehouse.Quality;
using static Dlict.Tests.Reports.WorkbookReadback;
using static Dlict.Tests.Warehouse.Quality.QualityScenario;

namespace Dlict.Tests.Reports;

/// <summary>สรุปผู้บริหาร shows the median quality score and the 10 lowest schools; นิยาม defines them (hand-made schools).</summary>
public class QualitySummaryTests
{
    private static TestWarehouse _w = null!;
    private static WorkbookReadback _book = null!;

    [OneTimeSetUp]
    public void Write()
    {
        _w = Build();
        var path = Path.Combine(_w.DataDir.Out, "report.xlsx");
        _book = new WorkbookReadback(ManagementWorkbook.Write(_w.Warehouse, new ReportRequest("2568/1", path, "สพป.ทดสอบ", new DateTime(2025, 7, 1, 8, 0, 0))));
    }

    [OneTimeTearDown]
    public void Dispose() => _w.Dispose();

    [Test]
    public void The_median_score_and_its_change_from_the_cycle_before()
    {
        // 2568/1: 13 schools sent (Missing did not, Closed is not expected): 60 70 90 90 90 … 95 … 100 100 100, median 95;
        // 2567/1: every school that sent scored 100 (on time, no rejects, no year before to compare with).
        var row = Row(_book.Table("สรุปผู้บริหาร", "คุณภาพข้อมูล"), "ตัวชี้วัด", QualityBlock.MedianLabel);
        Assert.That(Number(row["ค่า"]), Is.EqualTo(95.0));
        Assert.That(row["เทียบรอบก่อนหน้า"], Is.EqualTo("−5.0 คะแนน (รอบ 2567/1: 100.0)"));
        Assert.That(row["แหล่งข้อมูล / หมายเหตุ"], Is.EqualTo("v_data_quality; จากโรงเรียนที่ส่งแล้ว 13 โรง"));
    }

    [Test]
    public void The_ten_lowest_scoring_schools_lowest_first()
    {
        var lowest = _book.Table("สรุปผู้บริหาร", "10 โรงเรียนที่คะแนนคุณภาพข้อมูลต่ำสุด");
        Assert.That(lowest, Has.Count.EqualTo(10));
        Assert.That(lowest.Take(5).Select(r => (r["รหัสโรงเรียน"], Number(r["คะแนน"]))),
            Is.EqualTo(new (object?, double)[] { (Late, 60), (Many, 70), (HalfUp, 90), (Cohort, 90), (Ratio, 90) }));
        Assert.That(Row(lowest, "รหัสโรงเรียน", Late)["สถานะ"], Is.EqualTo("ส่งล่าช้า"));
        Assert.That(Number(Row(lowest, "รหัสโรงเรียน", Many)["ข้อสังเกต"]), Is.EqualTo(7));
    }

    [Test]
    public void The_definitions_sheet_defines_the_score_and_each_check() =>
        Assert.That(_book.Contains("นิยาม", "คะแนนคุณภาพข้อมูล") && _book.Contains("นิยาม", "ป.6→ม.1 ไม่นับ"), Is.True);

    [Test]
    public void The_median_of_an_even_count_is_the_mean_of_the_middle_two() =>
        Assert.That(QualityFigures.MedianOf([new SchoolScore { Score = 90 }, new SchoolScore { Score = 100 }, new SchoolScore { Score = 60 }, new SchoolScore { Score = 95 }]),
            Is.EqualTo(92.5));
}
