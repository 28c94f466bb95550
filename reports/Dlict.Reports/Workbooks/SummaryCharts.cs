using Dlict.Reports.Charts;

namespace Dlict.Reports.Workbooks;

/// <summary>
/// The two PNG charts of สรุปผู้บริหาร (students and reporting rate by district), for the sheet and the dashboard alike.
/// A chart is drawn only when there is something to draw: students loaded, or at least one school that sent.
/// </summary>
public static class SummaryCharts
{
    public static bool HasStudents(IReadOnlyList<DistrictLine> districts) => districts.Any(d => d.Students > 0);

    public static bool HasSubmissions(IReadOnlyList<DistrictLine> districts) => districts.Any(d => d.Submitted > 0);

    public static byte[] Students(IReadOnlyList<DistrictLine> districts) => DistrictBarPng.Render(
        "จำนวนนักเรียนรายอำเภอ", "นักเรียน (คน)", Labels(districts), districts.Select(d => (double)d.Students).ToList(), "#,##0");

    public static byte[] ReportingRate(IReadOnlyList<DistrictLine> districts) => DistrictBarPng.Render(
        "อัตราการส่งข้อมูลรายอำเภอ (%)", "ร้อยละ", Labels(districts), districts.Select(d => d.ReportingRate ?? 0).ToList(), "0.0", percent: true);

    private static List<string> Labels(IReadOnlyList<DistrictLine> districts) => districts.Select(d => d.District).ToList();
}
