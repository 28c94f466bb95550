using System.Data.Common;
using Dlict.Reports.Queries;
using Dlict.Warehouse;

namespace Dlict.Reports.Workbooks;

/// <summary>One district of the summary: its students, reporting and on-time rate, and how many of its schools sent (behind the two charts).</summary>
public sealed record DistrictLine(string District, long Students, double? ReportingRate, double? OnTimeRate, long Submitted);

/// <summary>
/// The figures of สรุปผู้บริหาร for one cycle, read without a workbook: the KPIs and the district lines behind its two
/// charts. The sheet and the dashboard (/admin) both take them from here, so each figure is computed one way.
/// </summary>
public sealed record ExecutiveSummary(Cycle Cycle, IReadOnlyList<Kpi> Kpis, IReadOnlyList<DistrictLine> Districts)
{
    public static ExecutiveSummary Read(DbConnection connection, Cycle cycle)
    {
        var rates = ReportingRateQuery.ForCycle(connection, cycle.ToString());
        return new(cycle, SummaryFigures.Read(connection, cycle, rates), Lines(connection, cycle, rates));
    }

    /// <summary>The district lines alone (what the charts need), without the KPIs.</summary>
    public static IReadOnlyList<DistrictLine> DistrictsOf(DbConnection connection, Cycle cycle) =>
        Lines(connection, cycle, ReportingRateQuery.ForCycle(connection, cycle.ToString()));

    private static List<DistrictLine> Lines(DbConnection connection, Cycle cycle, IReadOnlyList<ReportingRate> rates)
    {
        var students = EnrolmentQuery.ByDistrict(connection, cycle.ToString()).ToDictionary(d => d.District, d => d.Total);
        var byDistrict = rates.Where(r => r.District != ReportingRateQuery.AllDistricts).ToDictionary(r => r.District);
        return students.Keys.Union(byDistrict.Keys).Order(StringComparer.Ordinal)
            .Select(d => new DistrictLine(ThaiLabels.District(d), students.GetValueOrDefault(d), byDistrict.GetValueOrDefault(d)?.ReportingRatePercent,
                byDistrict.GetValueOrDefault(d)?.OnTimeRatePercent, byDistrict.GetValueOrDefault(d)?.Submitted ?? 0))
            .ToList();
    }
}
