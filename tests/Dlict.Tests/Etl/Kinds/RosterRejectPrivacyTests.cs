using Dlict.Etl.Loading;
using Dlict.Etl.Privacy;

namespace Dlict.Tests.Etl.Kinds;

/// <summary>Names never reach etl_reject: a shifted roster row is rejected whole with no values, free-text cells are hidden.</summary>
public class RosterRejectPrivacyTests
{
    private const string Header = "รหัสโรงเรียน,เลขประจำตัวประชาชน,ชื่อ,นามสกุล,ชั้น,เพศ,วันเกิด\n";

    private static TestWarehouse WithSchool()
    {
        var w = new TestWarehouse();
        w.LoadRegistry(("1041010001", "บ้านหนองบัว", "เมืองอุดรธานี"));
        return w;
    }

    private static List<(long Row, string? Column, string Rule, string? Value)> Rejects(TestWarehouse w) =>
        w.Query<(long, string?, string, string?)>("SELECT row_number, column_name, rule, value FROM etl_reject ORDER BY row_number, reject_id");

    [Test]
    public void A_row_with_one_extra_cell_is_rejected_whole_and_the_surname_is_stored_nowhere()
    {
        using var w = WithSchool();
        var good = StudentRosterTests.IdWithRemainder(3);
        var shifted = StudentRosterTests.IdWithRemainder(4);
        w.Drop("รายชื่อนักเรียน_2568-1.csv", Header +
            $"1041010001,{good},สมชาย,ใจดี,ป.1,ชาย,\n" +
            $"1041010001,{shifted},เด็กหญิง,สมหญิง,ศรีสุขสวัสดิ์,ป.1,หญิง,\n");

        var report = w.Ingest();

        Assert.That(report.Files.Single().Status, Is.EqualTo(FileStatus.Loaded), report.Files.Single().Message);
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM fact_student"), Is.EqualTo(1));
        Assert.That(Rejects(w), Is.EqualTo(new (long, string?, string, string?)[] { (3, null, "STU-009", null) }));
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM etl_reject WHERE value LIKE '%ศรีสุขสวัสดิ์%' OR message LIKE '%ศรีสุขสวัสดิ์%'"), Is.Zero);
    }

    [Test]
    public void A_csv_row_with_fewer_cells_than_the_header_is_rejected_whole_too()
    {
        using var w = WithSchool();
        w.Drop("รายชื่อนักเรียน_2568-1.csv", Header + $"1041010001,{StudentRosterTests.IdWithRemainder(3)},ใจดี,ป.1,ชาย\n");

        w.Ingest();

        Assert.That(Rejects(w), Is.EqualTo(new (long, string?, string, string?)[] { (2, null, "STU-009", null) }));
    }

    [Test]
    public void Letters_only_in_grade_or_sex_are_hidden_while_codes_and_dates_are_echoed()
    {
        using var w = WithSchool();
        w.Drop("รายชื่อนักเรียน_2568-1.csv", Header +
            $"1041010001,{StudentRosterTests.IdWithRemainder(3)},ก,ข,ศรีสุข,ชาย,\n" +
            $"1041010001,{StudentRosterTests.IdWithRemainder(4)},ก,ข,ป.9,บุญมา,\n" +
            $"1041010001,{StudentRosterTests.IdWithRemainder(5)},ก,ข,ป.1,ชาย,31/02/2561\n");

        w.Ingest();

        Assert.That(Rejects(w), Is.EqualTo(new (long, string?, string, string?)[]
        {
            (2, "grade", "STU-004", NameGuard.Hidden),
            (3, "grade", "STU-004", "ป.9"),
            (3, "sex", "STU-003", NameGuard.Hidden),
            (4, "birth_date", "STU-007", "31/02/2561"),
        }));
    }

    [Test]
    public void A_wider_header_with_a_notes_column_still_loads_its_rows()
    {
        using var w = WithSchool();
        w.Drop("รายชื่อนักเรียน_2568-1.csv", Header.TrimEnd('\n') + ",หมายเหตุ\n" +
            $"1041010001,{StudentRosterTests.IdWithRemainder(3)},ก,ข,ป.1,ชาย,,ย้ายเข้า\n" +
            $"1041010001,{StudentRosterTests.IdWithRemainder(4)},ก,ข,ป.1,หญิง,,\n");

        w.Ingest();

        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM fact_student"), Is.EqualTo(2));
        Assert.That(Rejects(w), Is.Empty);
    }
}
