using System.Data.Common;
using System.Globalization;
using Dlict.Reports.Queries;
using Dlict.Warehouse;

namespace Dlict.Reports.Workbooks;

/// <summary>The executive-summary KPIs, each from one view; "ยังไม่มีข้อมูล" where the view is absent or empty.</summary>
public static class SummaryFigures
{
    public static IReadOnlyList<Kpi> Read(DbConnection c, Cycle cycle, IReadOnlyList<ReportingRate> rates)
    {
        var students = EnrolmentQuery.Total(c, cycle.ToString());
        var previous = EnrolmentQuery.Total(c, cycle.PreviousYear.ToString());
        var all = rates.FirstOrDefault(r => r.District == ReportingRateQuery.AllDistricts);
        var fiscalYear = cycle.FiscalYear;
        return
        [
            Kpi.Count("จำนวนโรงเรียน (เปิดสอน)", SchoolQuery.OpenSchools(c), "โรง", "—", "v_school"),
            Kpi.Count("จำนวนนักเรียน", students, "คน", Percent.Change(students ?? 0, previous),
                previous is { } p ? Invariant($"v_enrolment; {cycle.PreviousYear.ThaiLabel}: {p:#,##0} คน") : "v_enrolment"),
            Kpi.Rate("อัตราการส่งข้อมูล", all?.ReportingRatePercent, "—",
                all is null ? "v_reporting_rate" : Invariant($"v_reporting_rate; ส่งแล้ว {all.Submitted:#,##0} จาก {all.Expected:#,##0} โรง")),
            Kpi.Rate("อัตราการส่งข้อมูลตรงเวลา", all?.OnTimeRatePercent, "—",
                all is null ? "v_reporting_rate" : Invariant($"v_reporting_rate; ตรงเวลา {all.OnTime:#,##0} ล่าช้า {all.Late:#,##0} ยังไม่ส่ง {all.Missing:#,##0}")),
            DltvReady(c),
            Trained(c, fiscalYear),
            OpenRequests(c),
        ];
    }

    private static Kpi DltvReady(DbConnection connection)
    {
        var schools = DltvReadinessQuery.Schools(connection);
        long? ready = schools is { Count: > 0 } ? schools.Sum(s => s.Ready) : null;
        var note = schools is { Count: > 0 } ? Invariant($"v_dltv_readiness; จากโรงเรียน DLTV {schools.Count:#,##0} โรง") : "v_dltv_readiness";
        return Kpi.Count("โรงเรียน DLTV พร้อมใช้งาน", ready, "โรง", "—", note);
    }

    private static Kpi Trained(DbConnection connection, int fiscalYear)
    {
        var courses = TrainingQuery.Courses(connection);
        long? attended = courses is { Count: > 0 } ? courses.Where(r => r.FiscalYear == fiscalYear).Sum(r => r.Attended) : null;
        return Kpi.Count(Invariant($"บุคลากรที่เข้ารับการอบรม ปีงบประมาณ {fiscalYear}"), attended, "คน", "—", "v_training");
    }

    private static Kpi OpenRequests(DbConnection connection)
    {
        var requests = ServiceRequestQuery.All(connection);
        long? open = requests is { Count: > 0 } ? requests.Count(r => r.IsOpen) : null;
        return Kpi.Count("คำขอรับบริการที่ยังไม่แล้วเสร็จ", open, "รายการ", "—", "v_service_requests");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
