using Dlict.Etl.Cycles;
using Dlict.Etl.Loading;
using Dlict.Warehouse;

namespace Dlict.Tests.Etl.Kinds;

/// <summary>Kind `enrolment`: long and wide DMC forms, encodings, latest-wins resubmission, row rejects.</summary>
public class EnrolmentTests
{
    private static TestWarehouse WithSchools()
    {
        var w = new TestWarehouse();
        w.LoadRegistry(("1041010001", "บ้านหนองบัว", "เมืองอุดรธานี"), ("1041010002", "บ้านโคก", "เมืองอุดรธานี"), ("1041010003", "บ้านนา", "เพ็ญ"));
        return w;
    }

    [Test]
    public void A_windows_874_long_file_with_thai_headers_digits_and_be_dates_loads()
    {
        using var w = WithSchools();
        w.Drop("นักเรียน_2568-1.csv",
            "รหัสโรงเรียน,ชั้น,ชาย,หญิง,รวม,ห้องเรียน,วันที่ส่ง\n" +
            "1041010001,อนุบาล 1,๑๐,12,22,1,5/6/2568 14.20 น.\n" +
            "1041010001,ป.1,\"1,015\",990,\"2,005\",40,5/6/2568 14.20 น.\n" +
            "1041010002,ป.1,5,6,11,1,9/6/2568 08:00\n", TestWarehouse.Windows874);

        var report = w.Ingest();

        Assert.That(report.Files.Single().Status, Is.EqualTo(FileStatus.Loaded), report.Files.Single().Message);
        var rows = w.Query<(string School, string Grade, long Male, long Female, long Total)>(
            "SELECT school_code, grade, male, female, total FROM v_enrolment WHERE cycle = '2568/1' ORDER BY school_code, grade_order");
        Assert.That(rows, Is.EqualTo(new[]
        {
            ("1041010001", "อ.1", 10L, 12L, 22L), ("1041010001", "ป.1", 1015L, 990L, 2005L), ("1041010002", "ป.1", 5L, 6L, 11L),
        }));
        Assert.That(w.Scalar<string>("SELECT submitted_at FROM v_submission_status WHERE school_code = '1041010001' AND cycle = '2568/1'"),
            Is.EqualTo("2025-06-05 14:20:00"));
    }

    [Test]
    public void A_semicolon_bom_file_with_cycle_columns_and_an_xlsx_with_a_title_row_load()
    {
        using var w = WithSchools();
        w.Drop("a.csv", "school_code;grade;male;female;academic_year;round\n1041010003;P1;3;4;2568;2\n");
        w.Drop("b.xlsx", XlsxFile.Build(sheet =>
        {
            sheet.Cells["A1"].Value = "ข้อมูลนักเรียน ปีการศึกษา 2568 รอบ 2";
            sheet.Cells["A1:E1"].Merge = true;
            string[] header = ["รหัสโรงเรียน", "ระดับชั้น", "นักเรียนชาย", "นักเรียนหญิง", "ปีการศึกษา", "รอบ"];
            for (var c = 0; c < header.Length; c++) sheet.Cells[3, c + 1].Value = header[c];
            sheet.Cells[4, 1].Value = "1041010002";
            sheet.Cells[4, 2].Value = "ประถมศึกษาปีที่ 2";
            sheet.Cells[4, 3].Value = 7;
            sheet.Cells[4, 4].Value = "๘";
            sheet.Cells[4, 5].Value = 2568;
            sheet.Cells[4, 6].Value = 2;
        }));

        var report = w.Ingest();

        Assert.That(report.Files.Select(f => f.Status), Is.All.EqualTo(FileStatus.Loaded), string.Join("\n", report.Files.Select(f => f.Message)));
        Assert.That(w.Scalar<long>("SELECT SUM(total) FROM v_enrolment WHERE cycle = '2568/2'"), Is.EqualTo(7 + 15));
        Assert.That(w.Scalar<string>("SELECT grade FROM v_enrolment WHERE school_code = '1041010002'"), Is.EqualTo("ป.2"));
    }

    [Test]
    public void Broken_rows_are_rejected_with_their_rule_and_row_number_and_the_rest_loads()
    {
        using var w = WithSchools();
        w.Drop("enrol 2568_1.csv",
            "ข้อมูล ณ วันที่ 1/6/2568\n" +
            "school_code,grade,male,female,total,classrooms\n" +
            "1041010001,ป.1,10,10,21,1\n" +   // row 3: total
            "1041010001,ป.7,1,1,2,1\n" +      // row 4: grade
            "1041010001,ป.2,-3,4,,1\n" +      // row 5: negative
            "9999999999,ป.1,1,1,2,1\n" +      // row 6: unknown school
            "1041010001,ป.3,5,5,10,0\n" +     // row 7: warning only
            "1041010001,ป.3,5,5,10,1\n" +     // row 8: duplicate grade
            "1041010002,ป.1,-,4,4,1\n");      // row 9: male missing

        var report = w.Ingest();

        var rejects = w.Query<(long Row, string Rule)>("SELECT row_number, rule FROM v_rejects ORDER BY row_number");
        Assert.That(rejects, Is.EqualTo(new[]
        {
            (3L, "ENR-003"), (4L, "ENR-004"), (5L, "ENR-005"), (6L, "ENR-002"), (7L, "ENR-006"), (8L, "ENR-007"), (9L, "ENR-014"),
        }));
        Assert.That(report.Files.Single().RowsLoaded, Is.EqualTo(1));
        Assert.That(report.Files.Single().RowsRejected, Is.EqualTo(6));
        Assert.That(w.Scalar<long>("SELECT rejected_rows FROM v_submission_status WHERE school_code = '1041010001'"), Is.EqualTo(4));
        Assert.That(w.Scalar<string>("SELECT message FROM v_rejects WHERE rule = 'ENR-003'"), Does.StartWith("รวม ≠ ชาย + หญิง"));
    }

    [Test]
    public void A_resubmission_replaces_the_figures_and_keeps_the_history_and_the_first_time()
    {
        using var w = WithSchools();
        w.Drop("รอบ 2568-1.csv", "school_code,grade,male,female\n1041010001,ป.1,10,10\n1041010001,ป.2,10,10\n", arrivedAt: new DateTime(2025, 6, 5, 10, 0, 0));
        w.Ingest();
        w.Drop("รอบ 2568-1 แก้ไข.csv", "school_code,grade,male,female\n1041010001,ป.1,11,10\n", arrivedAt: new DateTime(2025, 6, 12, 10, 0, 0));

        w.Ingest();

        Assert.That(w.Scalar<long>("SELECT SUM(total) FROM v_enrolment WHERE school_code = '1041010001'"), Is.EqualTo(21));
        var status = w.Query<(string Status, long Versions, string First, string Last)>(
            "SELECT status, versions, submitted_at, last_submitted_at FROM v_submission_status WHERE school_code = '1041010001'").Single();
        Assert.That(status, Is.EqualTo(("on_time", 2L, "2025-06-05 10:00:00", "2025-06-12 10:00:00")));
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM fact_submission WHERE school_code = '1041010001' AND is_latest = 1"), Is.EqualTo(1));
    }

    [Test]
    public void An_older_submission_loaded_later_goes_to_history_only()
    {
        using var w = WithSchools();
        w.Drop("new.csv", "school_code,grade,male,female,submitted_at\n1041010001,ป.1,30,30,2025-06-09 10:00\n", arrivedAt: new DateTime(2025, 6, 9));
        w.Ingest(new Cycle(2568, 1));
        w.Drop("old.csv", "school_code,grade,male,female,submitted_at\n1041010001,ป.1,1,1,2025-06-01 10:00\n", arrivedAt: new DateTime(2025, 6, 10));

        w.Ingest(new Cycle(2568, 1));

        Assert.That(w.Scalar<long>("SELECT SUM(total) FROM v_enrolment"), Is.EqualTo(60));
        Assert.That(w.Scalar<string>("SELECT submitted_at FROM v_submission_status WHERE school_code = '1041010001'"), Is.EqualTo("2025-06-01 10:00:00"));
    }

    [Test]
    public void The_same_file_twice_is_skipped_as_already_loaded()
    {
        using var w = WithSchools();
        const string content = "school_code,grade,male,female\n1041010001,ป.1,10,10\n";
        w.Drop("x 2568-1.csv", content);
        w.Ingest();
        w.Drop("copy of x 2568-1.csv", content);

        var report = w.Ingest();

        Assert.That(report.Files.Single().Status, Is.EqualTo(FileStatus.Skipped));
        Assert.That(report.Files.Single().Message, Does.Contain("already loaded"));
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM fact_submission"), Is.EqualTo(1));
        Assert.That(File.Exists(Path.Combine(w.DataDir.Inbox, "copy of x 2568-1.csv")), Is.False, "moved out of the inbox");
    }
}
