using Dlict.Etl.Loading;
using static Dlict.Tests.Etl.Operations.OperationsIngest;

namespace Dlict.Tests.Etl.Operations;

/// <summary>Kind `dltv_usage` and `supervision`: usage rate over the 90 days ending at the latest record, last visit and rating.</summary>
public class DltvUsageTests
{
    [Test]
    public void Usage_rate_covers_the_90_days_ending_at_the_latest_record_with_the_last_supervision()
    {
        using var w = WithSchools();
        w.Drop("แบบบันทึกผลการใช้งาน.csv",
            "รหัสโรงเรียน,วันที่,ชั้น,คาบที่สอน,คาบที่ใช้ DLTV,สัญญาณปกติ,ปัญหา\n" +
            $"{School1},1/11/2568,ป.1,25,5,N,ไฟฟ้าดับ\n" +     // 2025-11-01: 91 days before 2026-01-30, outside the window
            $"{School1},2/11/2568,ป.1,20,19,Y,\n" +             // 2025-11-02: day 90 of the window
            $"{School1},30/1/2569,ป.2,20,14,Y,\n" +             // 2026-01-30: the latest record
            $"{School2},30/1/2569,ป.1,3,2,Y,\n",
            arrivedAt: new DateTime(2026, 2, 1, 9, 0, 0));
        w.Drop("นิเทศ.csv",
            "รหัสโรงเรียน,วันที่นิเทศ,เรื่อง,ผลการประเมิน,ข้อค้นพบ,supervisor_id\n" +
            $"{School1},10/12/2568,DLTV,3,สัญญาณไม่เสถียร,1101700230708\n" +
            $"{School1},15/1/2569,digital,5,ใช้แท็บเล็ตได้ดี,\n",
            arrivedAt: new DateTime(2026, 2, 1, 9, 0, 0));

        var report = Run(w);

        Assert.That(report.Files.Select(f => f.Status), Is.All.EqualTo(FileStatus.Loaded), string.Join("\n", report.Files.Select(f => f.Message)));
        var rows = w.Query<(string School, double? Rate, string? Visit, long? Rating)>(
            "SELECT school_code, usage_rate, last_supervision, last_rating FROM v_dltv_readiness ORDER BY school_code");
        // School 1: (19 + 14) / (20 + 20) = 82.5 %; school 2: 2 / 3 = 66.666… → 66.7 (half away from zero on the integer formula).
        Assert.That(rows, Is.EqualTo(new[] { (School1, (double?)82.5, (string?)"2026-01-15", (long?)5L), (School2, 66.7, null, null) }));
        var usage = w.Query<(string Date, long AcademicYear, string Grade, long? Signal)>(
            $"SELECT usage_date, academic_year, grade, signal_ok FROM v_dltv_usage WHERE school_code = '{School1}' ORDER BY usage_date");
        Assert.That(usage[0], Is.EqualTo(("2025-11-01", 2568L, "ป.1", (long?)0L)));
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM fact_supervision WHERE supervisor_key IS NOT NULL"), Is.EqualTo(1));
    }

    [Test]
    public void A_resent_usage_row_replaces_the_earlier_one()
    {
        using var w = WithSchools();
        w.Drop("a.csv", $"school_code,date,grade,periods_planned,periods_dltv\n{School1},2026-01-30,P1,20,10\n{School1},2026-01-29,P1,20,10\n",
            arrivedAt: new DateTime(2026, 2, 1, 9, 0, 0));
        Run(w);
        w.Drop("b.csv", $"school_code,date,grade,periods_planned,periods_dltv\n{School1},2026-01-30,ป.1,20,20\n",
            arrivedAt: new DateTime(2026, 2, 2, 9, 0, 0));
        Run(w);
        Assert.That(w.Scalar<long>("SELECT SUM(periods_dltv) FROM v_dltv_usage"), Is.EqualTo(30));
        Assert.That(w.Scalar<double>($"SELECT usage_rate FROM v_dltv_readiness WHERE school_code = '{School1}'"), Is.EqualTo(75.0));
    }

    [Test]
    public void Bad_usage_and_supervision_rows_are_rejected_by_rule()
    {
        using var w = WithSchools();
        w.Drop("usage.csv", "school_code,date,grade,periods_planned,periods_dltv,signal_ok\n" +
                            $"{School1},2026-01-30,ป.1,20,21,Y\n" +      // 2: more DLTV than taught
                            $"9999999999,2026-01-30,ป.1,20,10,Y\n" +    // 3: unknown school
                            $"{School1},31/2/2569,ป.1,20,10,Y\n" +      // 4: date
                            $"{School1},2026-01-30,ป.9,20,10,Y\n" +     // 5: grade
                            $"{School1},2026-01-30,ป.2,-1,0,Y\n" +      // 6: periods
                            $"{School1},2026-01-30,ป.3,20,10,ok\n" +    // 7: signal not understood (warning: loaded)
                            $"{School1},2026-01-30,ป.3,20,10,Y\n");     // 8: duplicate
        w.Drop("visits.csv", "school_code,visit_date,topic,rating,supervisor_id\n" +
                             $"{School1},2026-01-10,dltv,7,\n" +                   // 2: rating
                             $"{School1},2026-01-11,dltv,4,1101700230705\n" +      // 3: check digit
                             $"abc,2026-01-12,dltv,4,\n" +                         // 4: school code
                             $"{School1},,dltv,4,\n" +                             // 5: date
                             $"{School1},2026-01-13,กีฬา,4,\n" +                    // 6: topic (warning: loaded as other)
                             $"{School1},2026-01-13,dltv,4,\n");                   // 7: duplicate
        var report = Run(w);
        Assert.That(report.Files.Select(f => f.RowsLoaded), Is.EqualTo(new[] { 1L, 1L }));
        Assert.That(Rejects(w, "usage.csv"), Is.EqualTo(new[]
        {
            (2L, "DLT-006"), (3L, "DLT-002"), (4L, "DLT-003"), (5L, "DLT-004"), (6L, "DLT-005"), (7L, "DLT-007"), (8L, "DLT-008"),
        }));
        Assert.That(Rejects(w, "visits.csv"), Is.EqualTo(new[]
        {
            (2L, "SUP-004"), (3L, "SUP-005"), (4L, "SUP-001"), (5L, "SUP-003"), (6L, "SUP-006"), (7L, "SUP-007"),
        }));
        Assert.That(w.Scalar<string>("SELECT topic FROM fact_supervision"), Is.EqualTo("other"));
    }
}
