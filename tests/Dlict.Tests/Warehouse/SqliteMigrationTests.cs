using Dapper;
using Dlict.Warehouse.Sqlite;

namespace Dlict.Tests.Warehouse;

public class SqliteMigrationTests
{
    [Test]
    public void Migrating_twice_applies_every_script_once()
    {
        using var dir = new TempDir();
        var warehouse = SqliteWarehouse.ForFile(Path.Combine(dir.Path, "w.db"));

        var first = warehouse.Migrate(dryRun: false);
        var second = warehouse.Migrate(dryRun: false);

        Assert.That(first.Successful, Is.True, first.Error);
        Assert.That(first.Scripts, Has.Count.GreaterThanOrEqualTo(2));
        Assert.That(second.Scripts, Is.Empty);
        using var connection = warehouse.OpenReadOnly();
        Assert.That(connection.ExecuteScalar<long>("SELECT COUNT(*) FROM dim_date"), Is.EqualTo(9497));
        Assert.That(connection.ExecuteScalar<long>("SELECT fiscal_year FROM dim_date WHERE date = '2025-10-01'"), Is.EqualTo(2569));
        Assert.That(connection.ExecuteScalar<long>("SELECT academic_year FROM dim_date WHERE date = '2026-05-15'"), Is.EqualTo(2568));
        Assert.That(connection.ExecuteScalar<long>("SELECT academic_year FROM dim_date WHERE date = '2026-05-16'"), Is.EqualTo(2569));
    }
}
