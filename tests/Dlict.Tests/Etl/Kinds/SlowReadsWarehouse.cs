using System.Data.Common;
using Dlict.Warehouse;

namespace Dlict.Tests.Etl.Kinds;

/// <summary>
/// A warehouse whose read-only connections opened in the background take a while to open and are counted until
/// disposed, or (<paramref name="fails"/>) cannot be opened at all.
/// </summary>
internal sealed class SlowReadsWarehouse(IWarehouse inner, TimeSpan delay, bool fails = false) : IWarehouse
{
    private int _open, _opened;

    public int Open => Volatile.Read(ref _open);

    public int Opened => Volatile.Read(ref _opened);

    public string Provider => inner.Provider;

    public SqlDialect Dialect => inner.Dialect;

    public string Describe() => inner.Describe();

    DbConnection IWarehouse.Open() => inner.Open();

    public DbConnection OpenReadOnly()
    {
        if (!Thread.CurrentThread.IsThreadPoolThread) return inner.OpenReadOnly(); // the door's own reads, on the loading thread
        Interlocked.Increment(ref _opened);
        Interlocked.Increment(ref _open);
        Thread.Sleep(delay);
        if (fails)
        {
            Interlocked.Decrement(ref _open);
            throw new WarehouseUnavailableException("the read-only connection failed (test)");
        }
        var connection = inner.OpenReadOnly();
        connection.Disposed += (_, _) => Interlocked.Decrement(ref _open);
        return connection;
    }

    public MigrationResult Migrate(bool dryRun, Action<string>? log = null) => inner.Migrate(dryRun, log);

    public long BulkInsert(DbTransaction transaction, string table, IReadOnlyList<string> columns, IEnumerable<object?[]> rows) =>
        inner.BulkInsert(transaction, table, columns, rows);

    public ITableAppender Append(DbTransaction transaction, string table, IReadOnlyList<string> columns) => inner.Append(transaction, table, columns);

    public ITableAppender? RewriteByRowId(DbTransaction transaction, string table, IReadOnlyList<string> columns, int unchanged) =>
        inner.RewriteByRowId(transaction, table, columns, unchanged);

    public IWarehouse Pooled() => this;
}
