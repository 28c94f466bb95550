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
        var warehouse = SqliteWarehouse.ForFile(Path.Combine(dir.Path, "w.db"));
        using var connection = OpenWithTable(warehouse);
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
    public void Sqlite_appender_writes_full_statements_and_the_rest_at_flush_in_order()
    {
        using var dir = new TempDir();
        var warehouse = SqliteWarehouse.ForFile(Path.Combine(dir.Path, "w.db"));
        using var connection = OpenWithTable(warehouse);
        const int perStatement = 64; // SqliteAppender.RowsPerStatement (internal)
        var count = perStatement * 2 + 5;
        using var tx = connection.BeginTransaction();
        using var rows = warehouse.Append(tx, "t", Columns);
        for (var n = 1; n <= count; n++)
        {
            rows.Set(0, n);
            rows.Set(1, n % 10 == 0 ? "" : $"แถว {n}");
            rows.Set(2, new DateOnly(2015, 1, 1).AddDays(n).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            rows.Set(3, n % 10 == 0 ? [] : BitConverter.GetBytes(n));
            rows.Add();
        }
        var beforeFlush = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM t", transaction: tx);
        rows.Flush();

        var stored = connection.Query<(long N, string? Name, string? Born, byte[]? Key)>("SELECT n, name, born, key FROM t ORDER BY rowid", transaction: tx).ToList();
        Assert.That(beforeFlush, Is.EqualTo(perStatement * 2), "two full statements went in; five rows wait for the flush");
        Assert.That(stored.Select(r => r.N), Is.EqualTo(Enumerable.Range(1, count).Select(n => (long)n)), "every row once, in the order added");
        Assert.That(stored[69], Is.EqualTo((70L, "", "2015-03-12", Array.Empty<byte>())).Using(new RowComparer()), "empty text and bytes stay empty, not NULL");
        Assert.That(stored[^1].Name, Is.EqualTo($"แถว {count}"));
        Assert.That(stored[^1].Key, Is.EqualTo(BitConverter.GetBytes(count)));
    }

    [Test]
    public void Sqlite_appender_writes_a_repeated_text_to_every_row_across_statements_and_the_flush()
    {
        using var dir = new TempDir();
        var warehouse = SqliteWarehouse.ForFile(Path.Combine(dir.Path, "w.db"));
        using var connection = OpenWithTable(warehouse);
        string[] schools = ["1041010001", "โรงเรียนบ้านหนองแวง", "1041010002"];
        using var tx = connection.BeginTransaction();
        using var rows = warehouse.Append(tx, "t", Columns);
        for (var n = 0; n < 150; n++)
        {
            rows.Set(0, n);
            rows.Set(1, schools[n / 3 % 3]); // three rows of a school, then the next: runs cross the 64-row statements
            rows.Set(2, schools[n / 5 % 3]);
            rows.SetNull(3);
            rows.Add();
        }
        rows.Flush();

        var stored = connection.Query<(long N, string Name, string Born)>("SELECT n, name, born FROM t ORDER BY n", transaction: tx).ToList();
        Assert.That(stored.Select(r => r.Name), Is.EqualTo(Enumerable.Range(0, 150).Select(n => schools[n / 3 % 3])));
        Assert.That(stored.Select(r => r.Born), Is.EqualTo(Enumerable.Range(0, 150).Select(n => schools[n / 5 % 3])));
    }

    [Test]
    public void Sqlite_appender_failing_row_leaves_undo_to_the_transaction()
    {
        using var dir = new TempDir();
        var warehouse = SqliteWarehouse.ForFile(Path.Combine(dir.Path, "w.db"));
        using var connection = warehouse.Open();
        connection.Execute("CREATE TABLE positive (n INTEGER NOT NULL CHECK (n > 0))");
        using var tx = connection.BeginTransaction();
        using var rows = warehouse.Append(tx, "positive", ["n"]);
        for (var n = 1; n < 64; n++)
        {
            rows.Set(0, n);
            rows.Add();
        }
        rows.Set(0, 0); // the statement's 64th row breaks the CHECK

        var failure = Assert.Throws<Microsoft.Data.Sqlite.SqliteException>(rows.Add);
        var kept = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM positive", transaction: tx);
        tx.Rollback();

        Assert.That(failure!.SqliteErrorCode, Is.EqualTo(19), "SQLITE_CONSTRAINT");
        Assert.That(kept, Is.EqualTo(63), "OR FAIL: no statement journal, the rows before the bad one stay until the rollback");
        Assert.That(connection.ExecuteScalar<long>("SELECT COUNT(*) FROM positive"), Is.Zero);
    }

    [Test]
    public void Sqlite_rewrite_by_rowid_overwrites_rows_where_they_are_in_full_statements_and_at_flush()
    {
        using var dir = new TempDir();
        var warehouse = SqliteWarehouse.ForFile(Path.Combine(dir.Path, "w.db"));
        using var connection = OpenWithTable(warehouse);
        connection.Execute("CREATE INDEX ix_t_n ON t (n)");
        connection.Execute(
            "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 70) INSERT INTO t (n, name, born, key) SELECT n, 'old ' || n, 'then', x'00' FROM r");
        using var tx = connection.BeginTransaction();
        using var rows = warehouse.RewriteByRowId(tx, "t", ["n", "name", "key"], unchanged: 1)!;
        for (var rowId = 70; rowId > 4; rowId--) // 66 rows: one 64-row statement, two at the flush
        {
            rows.Set(0, rowId);
            rows.Set(1, rowId); // n: the row's own, where it is in ix_t_n
            rows.Set(2, rowId % 10 == 0 ? null : $"แถว {rowId}");
            rows.Set(3, BitConverter.GetBytes(rowId));
            rows.Add();
        }
        var afterOneStatement = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM t WHERE name LIKE 'แถว%' OR name IS NULL", transaction: tx);
        rows.Flush();

        var stored = connection.Query<(long RowId, long N, string? Name, string Born, byte[] Key)>("SELECT rowid, n, name, born, key FROM t ORDER BY rowid", transaction: tx).ToList();
        Assert.That(afterOneStatement, Is.EqualTo(64));
        Assert.That(stored, Has.Count.EqualTo(70), "no row added or removed");
        Assert.That(stored.Select(r => r.N), Is.EqualTo(stored.Select(r => r.RowId)), "each row stays where it was");
        Assert.That(stored.Select(r => r.Born).Distinct(), Is.EqualTo(new[] { "then" }), "a column not named keeps its value");
        Assert.That(stored.Take(4).Select(r => r.Name), Is.EqualTo(new[] { "old 1", "old 2", "old 3", "old 4" }));
        Assert.That(stored[4].Name, Is.EqualTo("แถว 5"));
        Assert.That(stored[4].Key, Is.EqualTo(BitConverter.GetBytes(5)));
        Assert.That(stored[69].Name, Is.Null, "NULL set as NULL");
        Assert.That(connection.ExecuteScalar<long>("SELECT COUNT(*) FROM t INDEXED BY ix_t_n WHERE n BETWEEN 1 AND 70", transaction: tx), Is.EqualTo(70));
    }

    [Test]
    public void Sqlite_rewrite_that_finds_another_row_at_its_row_id_fails_and_leaves_that_row_alone()
    {
        using var dir = new TempDir();
        var warehouse = SqliteWarehouse.ForFile(Path.Combine(dir.Path, "w.db"));
        using var connection = OpenWithTable(warehouse);
        connection.Execute("INSERT INTO t (n, name) VALUES (1, 'one'), (2, 'two')");
        using var tx = connection.BeginTransaction();
        using var rows = warehouse.RewriteByRowId(tx, "t", ["n", "name"], unchanged: 1)!;
        rows.Set(0, 1);
        rows.Set(1, 1);
        rows.Set(2, "หนึ่ง");
        rows.Add();
        rows.Set(0, 2);
        rows.Set(1, 7); // row 2 holds n = 2, not 7
        rows.Set(2, "เจ็ด");
        rows.Add();

        var failure = Assert.Throws<InvalidOperationException>(rows.Flush);
        Assert.That(failure!.Message, Does.Contain("changed 0 rows"));
        Assert.That(connection.Query<string>("SELECT name FROM t ORDER BY rowid", transaction: tx), Is.EqualTo(new[] { "หนึ่ง", "two" }));
    }

    [Test]
    public void Sql_server_has_no_row_ids_to_rewrite_by()
    {
        var warehouse = new Dlict.Warehouse.SqlServer.SqlServerWarehouse("Server=localhost;Database=dlict;Integrated Security=True");

        Assert.That(warehouse.RewriteByRowId(null!, "fact_student", ["cycle_key", "school_code", "file_id"], unchanged: 2), Is.Null, "the loader then deletes and inserts");
    }

    private sealed class RowComparer : IEqualityComparer<(long, string?, string?, byte[]?)>
    {
        public bool Equals((long, string?, string?, byte[]?) x, (long, string?, string?, byte[]?) y) =>
            x.Item1 == y.Item1 && x.Item2 == y.Item2 && x.Item3 == y.Item3 && (x.Item4 ?? [0xFF]).AsSpan().SequenceEqual(y.Item4 ?? [0xFE]);

        public int GetHashCode((long, string?, string?, byte[]?) obj) => obj.Item1.GetHashCode();
    }

    [Test]
    public void Buffered_appender_sends_rows_in_bulk_loads_at_its_threshold_and_at_flush()
    {
        using var dir = new TempDir();
        var warehouse = SqliteWarehouse.ForFile(Path.Combine(dir.Path, "w.db"));
        using var connection = OpenWithTable(warehouse);
        using var tx = connection.BeginTransaction();
        using var rows = new BufferedAppender(warehouse, tx, "t", Columns, flushEvery: 2);

        AddRows(rows);
        var beforeFlush = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM t", transaction: tx);
        rows.Flush();

        Assert.That(beforeFlush, Is.EqualTo(4), "rows go in pairs; none waits after the fourth");
        Assert.That(Read(connection, tx), Is.EqualTo(Expected));
    }

    /// <summary>An open connection to the warehouse, which now has one table t (n, name, born, key).</summary>
    private static System.Data.Common.DbConnection OpenWithTable(SqliteWarehouse warehouse)
    {
        var connection = warehouse.Open();
        connection.Execute("CREATE TABLE t (n INTEGER, name TEXT, born TEXT, key BLOB)");
        return connection;
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
            rows.Set(2, born);
            rows.Set(3, Convert.FromHexString(key));
            rows.Add();
        }
    }

    private static List<(long, string?, string?, string)> Read(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction? tx = null) =>
        connection.Query<(long N, string? Name, string? Born, byte[]? Key)>("SELECT n, name, born, key FROM t ORDER BY n", transaction: tx)
            .Select(r => (r.N, r.Name, r.Born, Convert.ToHexStringLower(r.Key ?? [])))
            .ToList();
}
