using System.Data.Common;
using Dlict.Warehouse;

namespace Dlict.Tests.Etl.Kinds;

/// <summary>
/// A SQLite warehouse that says it cannot rewrite rows in place, as SQL Server says: loaders then take the path that
/// deletes replaced rows and inserts new ones, which a test can hold against the in-place path on the same files.
/// </summary>
internal sealed class DeletingWarehouse(IWarehouse inner) : IWarehouse
{
    public string Provider => inner.Provider;

    public SqlDialect Dialect => inner.Dialect;

    public string Describe() => inner.Describe();

    public DbConnection Open() => inner.Open();

    public DbConnection OpenReadOnly() => inner.OpenReadOnly();

    public MigrationResult Migrate(bool dryRun, Action<string>? log = null) => inner.Migrate(dryRun, log);

    public long BulkInsert(DbTransaction transaction, string table, IReadOnlyList<string> columns, IEnumerable<object?[]> rows) =>
        inner.BulkInsert(transaction, table, columns, rows);

    public ITableAppender Append(DbTransaction transaction, string table, IReadOnlyList<string> columns) => inner.Append(transaction, table, columns);

    public ITableAppender? RewriteByRowId(DbTransaction transaction, string table, IReadOnlyList<string> columns, int unchanged) => null;

    public IWarehouse Pooled() => this;
}
