using System.Data.Common;
using Dlict.Warehouse;

namespace Dlict.Tests.Etl.Kinds;

/// <summary>
/// A SQLite warehouse that says it cannot rewrite rows in place, as SQL Server says: loaders then take the path that
/// deletes replaced rows and inserts new ones, which a test can hold against the in-place path on the same files.
/// </summary>
internal sealed class DeletingWarehouse(IWarehouse inner) : WarehouseStandIn(inner)
{
    public override ITableAppender? RewriteByRowId(DbTransaction transaction, string table, IReadOnlyList<string> columns, int unchanged) => null;
}
