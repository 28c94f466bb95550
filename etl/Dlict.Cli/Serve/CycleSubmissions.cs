using Dapper;
using Dlict.Etl.Cycles;
using Dlict.Etl.Loading;
using Dlict.Warehouse;

namespace Dlict.Cli.Serve;

/// <summary>A cycle's reporting rate (district ALL) and its missing schools, from v_reporting_rate and v_submission_status.</summary>
public sealed record CycleSubmissions(long Expected, long Submitted, long OnTime, long Late, decimal ReportingRate, IReadOnlyList<MissingSchool> Missing)
{
    public static CycleSubmissions Read(IWarehouse warehouse, Cycle cycle, CycleCalendar calendar)
    {
        EnsureCycle(warehouse, cycle, calendar);
        using var connection = warehouse.OpenReadOnly();
        var rate = connection.QueryFirstOrDefault<RateRow>(
            "SELECT expected AS Expected, submitted AS Submitted, on_time AS OnTime, late AS Late, reporting_rate AS ReportingRate FROM v_reporting_rate WHERE cycle = @cycle AND district = 'ALL'",
            new { cycle = cycle.ToString() }) ?? new RateRow();
        var missing = connection.Query<MissingSchool>(
            "SELECT school_code AS SchoolCode, school_name AS SchoolName, district AS District FROM v_submission_status WHERE cycle = @cycle AND status = 'missing'",
            new { cycle = cycle.ToString() })
            .OrderBy(s => s.District ?? "", StringComparer.Ordinal).ThenBy(s => s.SchoolCode, StringComparer.Ordinal).ToList();
        return new CycleSubmissions(rate.Expected, rate.Submitted, rate.OnTime, rate.Late, rate.ReportingRate, missing);
    }

    /// <summary>A cycle nobody has sent anything for yet has no dim_cycle row, so every school would look "not expected".</summary>
    private static void EnsureCycle(IWarehouse warehouse, Cycle cycle, CycleCalendar calendar)
    {
        using var connection = warehouse.Open();
        using var transaction = connection.BeginTransaction();
        CycleTable.Ensure(connection, transaction, cycle, calendar);
        transaction.Commit();
    }

    private sealed record RateRow
    {
        public long Expected { get; init; }
        public long Submitted { get; init; }
        public long OnTime { get; init; }
        public long Late { get; init; }
        public decimal ReportingRate { get; init; }
    }
}

public sealed record MissingSchool
{
    public string SchoolCode { get; init; } = "";
    public string SchoolName { get; init; } = "";
    public string? District { get; init; }
}
