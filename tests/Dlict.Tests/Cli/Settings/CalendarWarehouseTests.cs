using Dapper;
using Dlict.Cli.Settings;
using Dlict.Etl.Cycles;
using Dlict.Tests.Warehouse;
using Dlict.Warehouse.Sqlite;

namespace Dlict.Tests.Cli.Settings;

public class CalendarWarehouseTests
{
    [Test]
    public void The_warehouse_serve_sees_pools_its_connections_and_lets_them_go()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "w.db");
        SqliteWarehouse.ForFile(path).Migrate(dryRun: false);
        var plain = new CalendarWarehouse(SqliteWarehouse.ForFile(path), CycleCalendar.Default);
        Assert.That(SqlitePoolingTests.TempTableSurvives(plain), Is.False, "a command-line run opens its own");

        var pooled = plain.Pooled();

        Assert.That(pooled, Is.InstanceOf<CalendarWarehouse>(), "still brings the deadlines in line with dlict.json");
        Assert.That(SqlitePoolingTests.TempTableSurvives(pooled), Is.True, "the web front keeps its connections");
        using (var c = pooled.Open()) c.Execute("INSERT INTO etl_run (started_at, status, command) VALUES ('2025-07-01 10:00:00', 'running', 'web')");
        Assert.That(File.Exists(path + "-wal"), Is.True);
        ((IDisposable)pooled).Dispose();
        Assert.That(File.Exists(path + "-wal"), Is.False, "let go when the host stops: the WAL checkpointed");
    }
}
