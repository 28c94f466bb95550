using Dapper;
using Dlict.Warehouse;
using Dlict.Warehouse.Sqlite;

namespace Dlict.Tests.Warehouse;

public class TableAppenderTests
{
    private static readonly string[] Columns = ["n", "name", "born", "key"];

    [Test]
    public void Sqlite_appender_writes_each_value_as_the_warehouse_stores_it()
    {
        using var dir = new TempDir();
        var warehouse = SqliteWarehouse.ForFile(Path.Combine(dir.Path, "a.db"));
        using var connection = warehouse.Open();
        connection.Execute("CREATE TABLE t (n INTEGER, name TEXT, born TEXT, key BLOB)");
        using (var tx = connection.BeginTransaction())
        {
            using var rows = warehouse.Append(tx, "t", Columns);
            AddRows(rows);
            rows.Flush();
            tx.Commit();
        }

        Assert.That(Read(connection), Is.EqualTo(Expected));
    }

    [Test]
    public void Buffered_appender_sends_rows_in_bulk_loads_at_its_threshold_and_at_flush()
    {
        using var dir = new TempDir();
        var warehouse = SqliteWarehouse.ForFile(Path.Combine(dir.Path, "b.db"));
        using var connection = warehouse.Open();
        connection.Execute("CREATE TABLE t (n INTEGER, name TEXT, born TEXT, key BLOB)");
        using var tx = connection.BeginTransaction();
        using var rows = new BufferedAppender(warehouse, tx, "t", Columns, flushEvery: 2);

        AddRows(rows);
        var beforeFlush = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM t", transaction: tx);
        rows.Flush();

        Assert.That(beforeFlush, Is.EqualTo(4), "rows go in pairs; none waits after the fourth");
        Assert.That(Read(connection, tx), Is.EqualTo(Expected));
    }

    private static readonly (long, string?, string?, string)[] Expected =
    [
        (1, "โรงเรียนบ้านหนองบัว", "2015-03-04", "00ff10"),
        (2, null, null, ""),
        (3, new string('ก', 600), "2016-12-31", "01"),
        (4, "year with a leading zero", "0987-01-09", "ff"),
    ];

    private static void AddRows(ITableAppender rows)
    {
        foreach (var (n, name, born, key) in Expected)
        {
            rows.Set(0, n);
            rows.Set(1, name);
            rows.Set(2, born is null ? (DateOnly?)null : DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture));
            rows.Set(3, Convert.FromHexString(key));
            rows.Add();
        }
    }

    private static List<(long, string?, string?, string)> Read(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction? tx = null) =>
        connection.Query<(long N, string? Name, string? Born, byte[]? Key)>("SELECT n, name, born, key FROM t ORDER BY n", transaction: tx)
            .Select(r => (r.N, r.Name, r.Born, Convert.ToHexStringLower(r.Key ?? [])))
            .ToList();
}
