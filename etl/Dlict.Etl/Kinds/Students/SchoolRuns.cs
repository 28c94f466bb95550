using System.Data.Common;
using Dapper;
using Dlict.Warehouse;

namespace Dlict.Etl.Kinds.Students;

/// <summary>
/// Where each school's students sit in fact_student: their first and last row id and how many they are, from the
/// school index alone (file_id would cost a table lookup a row: 1.2 s of a 1M-row resubmission against 0.3 s). A
/// school's rows fill one run when they are as many as the run is long (<see cref="Run.IsWhole"/>).
/// For a file that brings many of a cycle's schools, the whole cycle's runs are read once, on a connection of their
/// own while the file's first rows are read and written (<see cref="ReadAhead"/>; WAL: that connection sees the rows as
/// the last load left them, none of this transaction's), which takes that scan off the writing thread; until they
/// come, and for a file of a few schools, each hold's schools are asked through the loading transaction.
/// </summary>
public sealed class SchoolRuns(DbTransaction transaction) : IDisposable
{
    private const string Runs = """
        SELECT school_code AS School, MIN(rowid) AS First, MAX(rowid) AS Last, COUNT(*) AS Rows FROM fact_student
        WHERE cycle_key = @cycle
        """;

    private readonly Dictionary<int, Task<Dictionary<string, Run>>> _ahead = [];

    /// <summary>Starts reading the cycle's runs on a read-only connection of the warehouse.</summary>
    public void ReadAhead(int cycleKey, IWarehouse warehouse)
    {
        if (_ahead.ContainsKey(cycleKey)) return;
        _ahead[cycleKey] = Task.Run(() =>
        {
            using var connection = warehouse.OpenReadOnly();
            return Read(connection, null, cycleKey, null);
        });
    }

    /// <summary>The cycle's runs read ahead have come (a test waits for them).</summary>
    public bool HasReadAhead(int cycleKey) => _ahead.TryGetValue(cycleKey, out var ahead) && ahead.IsCompletedSuccessfully;

    /// <summary>The runs of these schools (and, once read ahead, of the cycle's others).</summary>
    public Dictionary<string, Run> Of(int cycleKey, IReadOnlyList<string> schools) =>
        _ahead.TryGetValue(cycleKey, out var ahead) && ahead.IsCompletedSuccessfully
            ? ahead.Result
            : Read(transaction.Connection!, transaction, cycleKey, schools);

    private static Dictionary<string, Run> Read(DbConnection connection, DbTransaction? transaction, int cycleKey, IReadOnlyList<string>? schools)
    {
        var sql = Runs + (schools is null ? "" : " AND school_code IN @schools") + " GROUP BY school_code";
        return connection.Query<(string School, long First, long Last, long Rows)>(sql, new { cycle = cycleKey, schools }, transaction)
            .ToDictionary(r => r.School, r => new Run(r.First, r.Last, r.Rows), StringComparer.Ordinal);
    }

    /// <summary>Waits for a read still going (a file that ended first), so nothing reads after the load.</summary>
    public void Dispose()
    {
        foreach (var ahead in _ahead.Values)
            try
            {
                ahead.Wait();
            }
            catch (AggregateException)
            {
                // The per-hold reads stood in for it.
            }
        _ahead.Clear();
    }

    public readonly record struct Run(long First, long Last, long Rows)
    {
        public bool IsWhole => Last - First + 1 == Rows;
    }
}
