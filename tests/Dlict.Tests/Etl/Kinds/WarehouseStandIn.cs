using System.Data.Common;
using Dlict.Warehouse;

namespace Dlict.Tests.Etl.Kinds;

/// <summary>A warehouse that passes every call to another; a test overrides the one it wants to behave differently.</summary>
internal abstract class WarehouseStandIn(IWarehouse inner) : IWarehouse
{
    protected IWarehouse Inner => inner;

    public string Provider => inner.Provider;

    public SqlDialect Dialect => inner.Dialect;

    public string Describe() => inner.Describe();

    public virtual DbConnection Open() => inner.Open();

    public virtual DbConnection OpenReadOnly() => inner.OpenReadOnly();

    public MigrationResult Migrate(bool dryRun, Action<string>? log = null) => inner.Migrate(dryRun, log);

    public long BulkInsert(DbTransaction transaction, string table, IReadOnlyList<string> columns, IEnumerable<object?[]> rows) =>
        inner.BulkInsert(transaction, table, columns, rows);

    public ITableAppender Append(DbTransaction transaction, string table, IReadOnlyList<string> columns) => inner.Append(transaction, table, columns);

    public virtual ITableAppender? RewriteByRowId(DbTransaction transaction, string table, IReadOnlyList<string> columns, int unchanged) =>
        inner.RewriteByRowId(transaction, table, columns, unchanged);

    public IWarehouse Pooled() => this;
}
