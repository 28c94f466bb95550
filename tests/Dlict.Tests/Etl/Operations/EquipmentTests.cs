using Dlict.Etl.Loading;
using static Dlict.Tests.Etl.Operations.OperationsIngest;

namespace Dlict.Tests.Etl.Operations;

/// <summary>Kind `equipment`: every survey kept, the latest per school and type is current; DLTV readiness from it.</summary>
public class EquipmentTests
{
    [Test]
    public void The_latest_survey_per_school_and_type_is_current_and_drives_dltv_readiness()
    {
        using var w = WithSchools();
        w.Drop("survey1.csv", "school_code,survey_date,equipment_type,quantity,working,broken\n" +
                              $"{School1},2025-11-15,dish,1,1,0\n{School1},2025-11-15,receiver,6,6,0\n{School1},2025-11-15,tv,6,5,1\n" +
                              $"{School2},2025-11-15,dish,1,1,0\n{School2},2025-11-15,receiver,4,4,0\n{School2},2025-11-15,tv,4,4,0\n",
            arrivedAt: new DateTime(2025, 11, 20, 9, 0, 0));
        w.Drop("สำรวจครุภัณฑ์.csv", "รหัสโรงเรียน,วันที่สำรวจ,ประเภท,จำนวน,ใช้งานได้,ชำรุด\n" +
                                    $"{School2},15/5/2569,เครื่องรับสัญญาณ,4,0,4\n{School2},15/5/2569,คอมพิวเตอร์,20,17,3\n" +
                                    $"{School3},15/5/2569,โน้ตบุ๊ก,5,5,0\n",
            arrivedAt: new DateTime(2026, 5, 20, 9, 0, 0));

        var report = Run(w);

        Assert.That(report.Files.Select(f => f.Status), Is.All.EqualTo(FileStatus.Loaded), string.Join("\n", report.Files.Select(f => f.Message)));
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM fact_equipment_snapshot"), Is.EqualTo(9));
        var byType = w.Query<(string Type, long Quantity, long Working, long Broken)>(
            "SELECT equipment_type, SUM(quantity), SUM(working), SUM(broken) FROM v_equipment GROUP BY equipment_type ORDER BY equipment_type");
        Assert.That(byType, Is.EqualTo(new[]
        {
            ("computer", 20L, 17L, 3L), ("dish", 2L, 2L, 0L), ("notebook", 5L, 5L, 0L), ("receiver", 10L, 6L, 4L), ("tv", 10L, 9L, 1L),
        }));
        Assert.That(w.Scalar<string>($"SELECT survey_date FROM v_equipment WHERE school_code = '{School2}' AND equipment_type = 'receiver'"), Is.EqualTo("2026-05-15"));
        var ready = w.Query<(string School, long Dish, long Receiver, long Tv, long Ready)>(
            "SELECT school_code, has_dish, has_receiver, has_tv, ready FROM v_dltv_readiness ORDER BY school_code");
        Assert.That(ready, Is.EqualTo(new[] { (School1, 1L, 1L, 1L, 1L), (School2, 1L, 0L, 1L, 0L) }));
        Assert.That(w.Query<string>(DocumentedQueries.DltvSchoolsWithoutReceiver), Is.EqualTo(new[] { School2 }));
    }

    [Test]
    public void Bad_rows_are_rejected_by_rule()
    {
        using var w = WithSchools();
        w.Drop("bad.csv", "school_code,survey_date,equipment_type,quantity,working,broken\n" +
                          $"{School1},2025-11-15,dish,1,2,0\n" +        // 2: over count
                          $"9999999999,2025-11-15,dish,1,1,0\n" +      // 3: unknown school
                          $"abc,2025-11-15,dish,1,1,0\n" +             // 4: invalid code
                          $"{School1},someday,dish,1,1,0\n" +          // 5: date
                          $"{School1},2025-11-15,ตู้เย็น,1,1,0\n" +     // 6: type
                          $"{School1},2025-11-15,tv,-1,0,0\n" +        // 7: quantity
                          $"{School1},2025-11-15,tv,3,2,1\n" +         // 8: ok
                          $"{School1},2025-11-15,TV,3,2,1\n");         // 9: duplicate
        var report = Run(w);
        Assert.That(report.Files.Single().RowsLoaded, Is.EqualTo(1));
        Assert.That(Rejects(w, "bad.csv"), Is.EqualTo(new[]
        {
            (2L, "EQP-006"), (3L, "EQP-002"), (4L, "EQP-001"), (5L, "EQP-003"), (6L, "EQP-004"), (7L, "EQP-005"), (9L, "EQP-007"),
        }));
    }
}
