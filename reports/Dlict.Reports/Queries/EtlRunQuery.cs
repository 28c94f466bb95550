using System.Data.Common;
using Dapper;

namespace Dlict.Reports.Queries;

public sealed record EtlRun
{
    public long RunId { get; init; }
    public object? StartedAt { get; init; }
    public object? FinishedAt { get; init; }
    public string Status { get; init; } = "";
    public long RowsLoaded { get; init; }
}

/// <summary>v_etl_runs: the run that loaded the newest data.</summary>
public static class EtlRunQuery
{
    public static EtlRun? Latest(DbConnection c) => c.Query<EtlRun>(
        """
        SELECT run_id AS RunId, started_at AS StartedAt, finished_at AS FinishedAt, status AS Status, rows_loaded AS RowsLoaded
        FROM v_etl_runs WHERE run_id = (SELECT MAX(run_id) FROM v_etl_runs)
        """).FirstOrDefault();
}
