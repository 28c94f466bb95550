using System.Data.Common;
using Dapper;

namespace Dlict.Reports.Queries;

public sealed record ReportingRate
{
    public string District { get; init; } = "";
    public long Expected { get; init; }
    public long Submitted { get; init; }
    public long OnTime { get; init; }
    public long Late { get; init; }
    public long Missing { get; init; }
    public double ReportingRatePercent { get; init; }
    public double OnTimeRatePercent { get; init; }
}

/// <summary>v_reporting_rate: one row per district of a cycle plus the <c>ALL</c> row.</summary>
public static class ReportingRateQuery
{
    public const string AllDistricts = "ALL";

    public static IReadOnlyList<ReportingRate> ForCycle(DbConnection c, string cycle) => c.Query<ReportingRate>(
        """
        SELECT district AS District, expected AS Expected, submitted AS Submitted, on_time AS OnTime, late AS Late,
               missing AS Missing, reporting_rate AS ReportingRatePercent, on_time_rate AS OnTimeRatePercent
        FROM v_reporting_rate WHERE cycle = @cycle
        """, new { cycle }).OrderBy(r => r.District == AllDistricts).ThenBy(r => r.District, StringComparer.Ordinal).ToList();
}
