using Dapper;
using Dlict.Warehouse.Sqlite;
using SQLitePCL;

namespace Dlict.Tests.Warehouse;

/// <summary>NativeStatement reads the statement's address only while it holds a reference on its SafeHandle.</summary>
public class NativeStatementTests
{
    [Test]
    public void The_statement_outlives_its_owners_dispose_until_the_native_binding_lets_go()
    {
        using var dir = new TempDir();
        using var connection = SqliteWarehouse.ForFile(Path.Combine(dir.Path, "w.db")).Open();
        connection.Execute("CREATE TABLE t (n INTEGER, name TEXT)");
        var db = ((Microsoft.Data.Sqlite.SqliteConnection)connection).Handle!;
        db.enable_sqlite3_next_stmt(true); // lists the prepared statements
        Assert.That(raw.sqlite3_prepare_v2(db, "INSERT INTO t VALUES (?, ?)", out var statement), Is.EqualTo(raw.SQLITE_OK));
        var native = new NativeStatement(statement);

        statement.Dispose(); // the owner lets go first: SQLite must not finalize what the binding still uses
        var liveAfterOwner = raw.sqlite3_next_stmt(db, null) is { IsInvalid: false };
        var name = "แถว"u8.ToArray();
        Assert.That(native.BindInteger(1, 7), Is.EqualTo(raw.SQLITE_OK));
        Assert.That(native.BindText(2, ref name[0], name.Length), Is.EqualTo(raw.SQLITE_OK));
        var stepped = native.StepAndReset();
        native.Dispose();

        Assert.That(liveAfterOwner, Is.True, "still prepared while the binding holds it");
        Assert.That(stepped, Is.EqualTo(raw.SQLITE_DONE));
        Assert.That(connection.Query<(long, string)>("SELECT n, name FROM t").Single(), Is.EqualTo((7L, "แถว")));
        Assert.That(raw.sqlite3_next_stmt(db, null) is { IsInvalid: false }, Is.False, "finalized once the binding let go");
    }
}
