using Dlict.Etl.Loading;
using static Dlict.Tests.Etl.Operations.OperationsIngest;

namespace Dlict.Tests.Etl.Operations;

/// <summary>Kind `service_requests`: accumulating snapshot, decisions, turnaround in calendar days and its median.</summary>
public class ServiceRequestsTests
{
    private const string Header = "เลขที่คำขอ,วันที่ขอ,ชื่อผู้ขอ,ตำแหน่ง,กลุ่มงาน/โรงเรียน,ประเภทบริการ,ความเห็นผู้อำนวยการกลุ่ม,วันที่อนุญาต,ผู้ดำเนินการ,วันที่ดำเนินการแล้วเสร็จ\n";

    [Test]
    public void Thai_form_loads_with_turnaround_days_and_the_median()
    {
        using var w = new TestWarehouse();
        w.Drop("คำขอ.csv", Header +
            "R1,1/10/2568 16.30 น.,นายหนึ่ง ใจดี,ครู,โรงเรียนบ้านนา,ซ่อมคอมพิวเตอร์,อนุญาต,1/10/2568 17.00 น.,งานเครือข่าย,2/10/2568 9.00 น.\n" +
            "R2,30/9/2568 10.00 น.,นางสอง ใจดี,ธุรการ,กลุ่มอำนวยการ,ติดตั้งโปรแกรม,อนุญาต,30/9/2568 11.00 น.,งานระบบ,5/10/2568 15.00 น.\n" +
            "R3,3/10/2568 08.00 น.,นายสาม ใจดี,ครู,กลุ่มนิเทศ,ซ่อมคอมพิวเตอร์,ไม่อนุญาต,3/10/2568 09.00 น.,,\n" +
            "R4,3/10/2568 08.30 น.,นายสี่ ใจดี,ครู,กลุ่มนิเทศ,ซ่อมคอมพิวเตอร์,,,,\n" +
            "R5,4/10/2568 08.00 น.,นายห้า ใจดี,ครู,กลุ่มนิเทศ,ติดตั้งโปรแกรม,อนุญาต,4/10/2568 09.00 น.,งานระบบ,4/10/2568 10.00 น.\n");

        var report = Run(w);

        Assert.That(report.Files.Single().Status, Is.EqualTo(FileStatus.Loaded), report.Files.Single().Message);
        var rows = w.Query<(string No, string At, string Type, string? Decision, long? Days, long Fy)>(
            "SELECT request_no, requested_at, service_type, decision, turnaround_days, fiscal_year FROM v_service_requests ORDER BY request_no");
        Assert.That(rows, Is.EqualTo(new[]
        {
            ("R1", "2025-10-01 16:30:00", "ซ่อมคอมพิวเตอร์", (string?)"approved", (long?)1L, 2569L),
            ("R2", "2025-09-30 10:00:00", "ติดตั้งโปรแกรม", "approved", 5L, 2568L),
            ("R3", "2025-10-03 08:00:00", "ซ่อมคอมพิวเตอร์", "denied", null, 2569L),
            ("R4", "2025-10-03 08:30:00", "ซ่อมคอมพิวเตอร์", null, null, 2569L),
            ("R5", "2025-10-04 08:00:00", "ติดตั้งโปรแกรม", "approved", 0L, 2569L),
        }));
        Assert.That(w.Scalar<double>(DocumentedQueries.MedianTurnaroundDays), Is.EqualTo(1.0));
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM fact_service_request WHERE requester_group LIKE '%ใจดี%' OR requester_position LIKE '%ใจดี%'"), Is.Zero);

        w.Drop("later.csv", "request_no,requested_at,requester_group,service_type,decision,completed_at\n" +
                            "R4,2025-10-03 08:30,กลุ่มนิเทศ,ซ่อมคอมพิวเตอร์,approved,2025-10-06 12:00\n");
        Run(w);
        Assert.That(w.Scalar<long>("SELECT turnaround_days FROM v_service_requests WHERE request_no = 'R4'"), Is.EqualTo(3));
        Assert.That(w.Scalar<double>(DocumentedQueries.MedianTurnaroundDays), Is.EqualTo(2.0));
    }

    [Test]
    public void Bad_rows_are_rejected_by_rule()
    {
        using var w = new TestWarehouse();
        w.Drop("bad.csv", "request_no,requested_at,requester_group,service_type,decision,decided_at,completed_at\n" +
                          "R1,2025-10-03 08:00,g,t,approved,,2025-10-01 08:00\n" +   // 2: completed before requested
                          ",2025-10-03 08:00,g,t,,,\n" +                             // 3: number
                          "R3,yesterday,g,t,,,\n" +                                  // 4: requested_at
                          "R4,2025-10-03 08:00,,t,,,\n" +                            // 5: group
                          "R5,2025-10-03 08:00,g,,,,\n" +                            // 6: type
                          "R6,2025-10-03 08:00,g,t,maybe,,\n" +                      // 7: decision
                          "R7,2025-10-03 08:00,g,t,approved,soon,\n" +               // 8: decided_at
                          "R8,2025-10-03 08:00,g,t,approved,,2025-10-03\n");        // 9: ok (same day, date only)
        var report = Run(w);
        Assert.That(report.Files.Single().RowsLoaded, Is.EqualTo(1));
        Assert.That(Rejects(w, "bad.csv"), Is.EqualTo(new[]
        {
            (2L, "SRV-007"), (3L, "SRV-001"), (4L, "SRV-002"), (5L, "SRV-003"), (6L, "SRV-004"), (7L, "SRV-005"), (8L, "SRV-006"),
        }));
    }
}
