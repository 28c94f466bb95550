using System.Data.Common;
using Dapper;
using Dlict.Warehouse;

namespace Dlict.Reports.Queries;

/// <summary>"The latest cycle", in one place: the newest cycle that has enrolment data (v_enrolment).</summary>
public static class LatestCycle
{
    /// <summary>The newest cycle in v_enrolment, or null when the warehouse has no enrolment yet.</summary>
    public static Cycle? Of(DbConnection connection) =>
        connection.ExecuteScalar<long?>("SELECT MAX(academic_year * 10 + round) FROM v_enrolment") is { } key ? Cycle.FromKey((int)key) : null;

    /// <summary>As <see cref="Of(DbConnection)"/>, on a read-only connection of its own.</summary>
    public static Cycle? Of(IWarehouse warehouse)
    {
        using var connection = warehouse.OpenReadOnly();
        return Of(connection);
    }
}
