using System.Data.Common;
using Dapper;
using Dlict.Etl.Cycles;
using Dlict.Warehouse;

namespace Dlict.Etl.Loading;

/// <summary>
/// Makes dim_cycle's deadlines agree with the configured calendar (dlict.json may move one after the data arrived),
/// so every view that says on time or late counts against the deadline in force.
/// </summary>
public static class DeadlineSync
{
    /// <summary>The cycles whose stored deadline differs from the calendar's (none when the schema is not there yet).</summary>
    public static IReadOnlyList<(Cycle Cycle, DateOnly Deadline)> Stale(DbConnection connection, SqlDialect dialect, CycleCalendar calendar)
    {
        var exists = dialect == SqlDialect.SqlServer
            ? "SELECT COUNT(*) FROM sys.tables WHERE name = 'dim_cycle'"
            : "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'dim_cycle'";
        if (connection.ExecuteScalar<long>(exists) == 0) return [];
        var stale = new List<(Cycle, DateOnly)>();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT cycle_key, deadline FROM dim_cycle";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var cycle = Cycle.FromKey(Convert.ToInt32(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture));
            var stored = reader.GetValue(1) switch
            {
                DateTime d => DateOnly.FromDateTime(d),
                DateOnly d => d,
                var text => Iso.ParseDate(Convert.ToString(text, System.Globalization.CultureInfo.InvariantCulture)!),
            };
            var configured = calendar.Deadline(cycle);
            if (stored != configured) stale.Add((cycle, configured));
        }
        return stale;
    }

    /// <summary>Writes the calendar's deadlines for <paramref name="stale"/> in one transaction.</summary>
    public static void Apply(DbConnection connection, IReadOnlyList<(Cycle Cycle, DateOnly Deadline)> stale)
    {
        if (stale.Count == 0) return;
        using var tx = connection.BeginTransaction();
        foreach (var (cycle, deadline) in stale) Set(connection, tx, cycle, deadline);
        tx.Commit();
    }

    /// <summary>Sets one cycle's deadline; returns 0 when dim_cycle has no row for it yet.</summary>
    public static int Set(DbConnection connection, DbTransaction? transaction, Cycle cycle, DateOnly deadline) =>
        connection.Execute("UPDATE dim_cycle SET deadline = @deadline WHERE cycle_key = @key", new { key = cycle.Key, deadline = Iso.Date(deadline) }, transaction);
}
