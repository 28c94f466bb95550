using Dapper;
using Dlict.Warehouse.Sqlite;

namespace Dlict.Tests.Warehouse;

/// <summary>dlict serve's web front keeps its SQLite connections (IWarehouse.Pooled); a command-line run does not.</summary>
public class SqlitePoolingTests
{
    [Test]
    public void A_pooled_warehouse_hands_back_the_same_connection_and_an_unpooled_one_a_new_one()
    {
        using var dir = new TempDir();
        var plain = SqliteWarehouse.ForFile(Path.Combine(dir.Path, "w.db"));
        plain.Migrate(dryRun: false);

        Assert.That(TempTableSurvives(plain), Is.False, "each open is a new connection");
        using var pooled = (SqliteWarehouse)plain.Pooled();
        Assert.That(TempTableSurvives(pooled), Is.True, "the connection was kept, with its TEMP table");
        Assert.That(pooled.Pooled(), Is.SameAs(pooled));
    }

    [Test]
    public void Letting_a_pooled_warehouse_go_closes_its_connections_and_checkpoints_the_wal()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "w.db");
        SqliteWarehouse.ForFile(path).Migrate(dryRun: false);
        var pooled = (SqliteWarehouse)SqliteWarehouse.ForFile(path).Pooled();
        using (var c = pooled.Open()) c.Execute("INSERT INTO etl_run (started_at, status, command) VALUES ('2025-07-01 10:00:00', 'running', 'web')");
        using (pooled.OpenReadOnly()) { }
        Assert.That(File.Exists(path + "-wal"), Is.True, "kept open: the WAL stays");

        pooled.Dispose();

        Assert.That(File.Exists(path + "-wal"), Is.False, "the last close checkpointed the WAL into the file");
        using var check = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        check.Open();
        Assert.That(check.ExecuteScalar<long>("SELECT COUNT(*) FROM etl_run WHERE command = 'web'"), Is.EqualTo(1));
    }

    internal static bool TempTableSurvives(Dlict.Warehouse.IWarehouse warehouse)
    {
        using (var first = warehouse.Open()) first.Execute("CREATE TEMP TABLE IF NOT EXISTS kept (x INTEGER)");
        using var second = warehouse.Open();
        return second.ExecuteScalar<long>("SELECT COUNT(*) FROM temp.sqlite_master WHERE name = 'kept'") == 1;
    }
}
