using System.Data.Common;
using Dlict.Etl.Cycles;
using Dlict.Etl.Loading;
using Dlict.Warehouse;

namespace Dlict.Cli.Settings;

/// <summary>
/// The warehouse as every verb and job sees it: the first connection opened brings dim_cycle's deadlines in line with
/// dlict.json, so report, reminders, v_submission_status and check all count against the deadline in force, whichever
/// runs first. Nothing is written when the deadlines already agree.
/// </summary>
public sealed class CalendarWarehouse(IWarehouse inner, CycleCalendar calendar) : IWarehouse, IDisposable
{
    private readonly Lock _gate = new();
    private bool _synced;

    public IWarehouse Inner => inner;

    public string Provider => inner.Provider;

    public SqlDialect Dialect => inner.Dialect;

    public string Describe() => inner.Describe();

    public DbConnection Open() => Synced(inner.Open(), writable: true);

    public DbConnection OpenReadOnly() => Synced(inner.OpenReadOnly(), writable: false);

    public MigrationResult Migrate(bool dryRun, Action<string>? log = null) => inner.Migrate(dryRun, log);

    public long BulkInsert(DbTransaction transaction, string table, IReadOnlyList<string> columns, IEnumerable<object?[]> rows) =>
        inner.BulkInsert(transaction, table, columns, rows);

    public ITableAppender Append(DbTransaction transaction, string table, IReadOnlyList<string> columns) => inner.Append(transaction, table, columns);

    public ITableAppender? RewriteByRowId(DbTransaction transaction, string table, IReadOnlyList<string> columns, int unchanged) =>
        inner.RewriteByRowId(transaction, table, columns, unchanged);

    /// <summary>The same calendar over the inner warehouse's pooled self (the web front of `dlict serve`).</summary>
    public IWarehouse Pooled()
    {
        var pooled = inner.Pooled();
        return ReferenceEquals(pooled, inner) ? this : new CalendarWarehouse(pooled, calendar);
    }

    /// <summary>Lets the inner warehouse's kept connections go, when it keeps any.</summary>
    public void Dispose() => (inner as IDisposable)?.Dispose();

    private DbConnection Synced(DbConnection connection, bool writable)
    {
        lock (_gate)
        {
            if (_synced) return connection;
            try
            {
                var stale = DeadlineSync.Stale(connection, inner.Dialect, calendar);
                if (stale.Count > 0 && writable) DeadlineSync.Apply(connection, stale);
                else if (stale.Count > 0)
                {
                    using var writer = inner.Open();
                    DeadlineSync.Apply(writer, stale);
                }
                _synced = true;
            }
            catch
            {
                connection.Dispose();
                throw;
            }
            return connection;
        }
    }
}
