namespace Dlict.Warehouse;

/// <summary>What every verb and job does before it reads or writes: bring the schema up to date, or stop.</summary>
public static class WarehouseMigration
{
    /// <summary>Applies the pending scripts; a script that fails stops the command (exit 3), naming the script and the error.</summary>
    public static MigrationResult MigrateOrThrow(this IWarehouse warehouse, Action<string>? log = null)
    {
        var migrated = warehouse.Migrate(dryRun: false, log);
        return migrated.Successful
            ? migrated
            : throw new WarehouseUnavailableException($"ปรับโครงสร้างคลังข้อมูลไม่สำเร็จ / migration failed: {migrated.Error}");
    }
}
