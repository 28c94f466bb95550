using System.Text;
using Dlict.Etl.Cycles;
using Dlict.Etl.Loading;
using Dlict.Warehouse;

namespace Dlict.Tests.Etl.Kinds;

/// <summary>The wide DMC form: a group of columns per grade, subtotals and a totals row that are checked, not stored.</summary>
public class WideEnrolmentTests
{
    [Test]
    public void A_wide_file_with_subtotals_and_a_totals_row_loads_every_grade_of_every_school()
    {
        using var w = new TestWarehouse();
        w.LoadRegistry(("1041010001", "บ้านหนองบัว", "เพ็ญ"), ("1041010002", "บ้านโคก", "เพ็ญ"));
        w.Drop("dmc 2568-1.csv",
            "รหัสโรงเรียน,ชื่อโรงเรียน,อ.1 ชาย,อ.1 หญิง,รวมอ.1,อ.1 ห้อง,ป.1 ชาย,ป.1 หญิง,รวมป.1,ป.1 ห้อง,รวมประถม ชาย,รวมประถม หญิง,รวมประถม,รวมห้องประถม,รวมทั้งหมด\n" +
            "1041010001,บ้านหนองบัว,1,2,3,1,4,5,9,1,4,5,9,1,12\n" +
            "1041010002,บ้านโคก,0,0,0,0,6,6,12,1,6,6,13,1,12\n" +
            ",,1,2,3,1,10,11,21,2,10,11,21,2,24\n");

        var report = w.Ingest();

        Assert.That(report.Files.Single().Status, Is.EqualTo(FileStatus.Loaded), report.Files.Single().Message);
        var rows = w.Query<(string School, string Grade, long Total, long Rooms)>(
            "SELECT school_code, grade, total, classrooms FROM v_enrolment ORDER BY school_code, grade_order");
        Assert.That(rows, Is.EqualTo(new[] { ("1041010001", "อ.1", 3L, 1L), ("1041010001", "ป.1", 9L, 1L), ("1041010002", "อ.1", 0L, 0L), ("1041010002", "ป.1", 12L, 1L) }));
        var warnings = w.Query<(long Row, string Rule, string Column)>("SELECT row_number, rule, column_name FROM v_rejects ORDER BY row_number, column_name");
        Assert.That(warnings, Is.EqualTo(new[] { (3L, "ENR-009", "รวมประถม"), (4L, "ENR-010", "รวมประถม") }),
            "the subtotal 13 ≠ 12 is flagged on its row, and the totals row's 21 ≠ 22");
    }

    [Test]
    public void A_two_row_header_and_schools_given_by_name_only()
    {
        using var w = new TestWarehouse();
        w.LoadRegistry(("1041010001", "โรงเรียนบ้านหนองบัว", "เพ็ญ"), ("1041010002", "บ้านโคก", "เพ็ญ"), ("1041010003", "บ้านโคก", "สร้างคอม"));
        w.Drop("dmc.csv",
            "ชื่อโรงเรียน,อำเภอ,ป.1,,,,ป.2,,,\n" +
            ",,ชาย,หญิง,รวม,ห้อง,ชาย,หญิง,รวม,ห้อง\n" +
            "บ้านหนองบัว,เพ็ญ,1,1,2,1,2,2,4,1\n" +
            "บ้านโคก,สร้างคอม,3,3,6,1,,,,\n" +
            "บ้านไม่มี,เพ็ญ,1,1,2,1,,,,\n");

        w.Ingest(new Cycle(2567, 3));

        Assert.That(w.Query<(string, long)>("SELECT school_code, SUM(total) FROM v_enrolment GROUP BY school_code ORDER BY school_code"),
            Is.EqualTo(new[] { ("1041010001", 6L), ("1041010003", 6L) }));
        Assert.That(w.Scalar<string>("SELECT rule FROM v_rejects WHERE row_number = 5"), Is.EqualTo("ENR-012"));
    }

    [Test]
    public void The_real_Chiang_Rai_DMC_file_loads_exactly_its_totals_row()
    {
        var path = RealData.File("dmc-enrolment-chiangrai3-2568.csv");
        using var w = new TestWarehouse();
        var lines = File.ReadAllLines(path, Encoding.UTF8).Skip(1).Where(l => !l.StartsWith(",,,", StringComparison.Ordinal));
        w.Drop("registry.csv", "รหัสโรงเรียน,ชื่อโรงเรียน\n" + string.Join("\n", lines.Select(l => string.Join(',', l.Split(',')[2..4]))), arrivedAt: new DateTime(2025, 5, 1));
        w.Ingest();
        File.Copy(path, Path.Combine(w.DataDir.Inbox, "dmc-enrolment-chiangrai3-2568.csv"));

        var report = w.Ingest(new Cycle(2568, 1));

        Assert.That(report.Files.Single().Status, Is.EqualTo(FileStatus.Loaded), report.Files.Single().Message);
        var totals = w.Query<(long Male, long Female, long Total, long Rooms, long Schools)>(
            "SELECT SUM(male), SUM(female), SUM(total), SUM(classrooms), COUNT(DISTINCT school_code) FROM v_enrolment").Single();
        Assert.That(totals, Is.EqualTo((18_782L, 18_247L, 37_029L, 1_781L, 139L)));
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM v_rejects"), Is.EqualTo(0), "the file's arithmetic is exact: no subtotal or totals-row warning");
    }
}
