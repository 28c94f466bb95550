using Dlict.Warehouse;
using Dlict.Warehouse.Sqlite;
using Dlict.Warehouse.SqlServer;

namespace Dlict.Cli.Settings;

/// <summary>The one place that knows the concrete providers.</summary>
public static class WarehouseFactory
{
    public static IWarehouse Create(DlictSettings settings) => settings.Provider switch
    {
        "sqlserver" => new SqlServerWarehouse(settings.Connection
            ?? throw new UsageException("--provider sqlserver ต้องระบุ --connection หรือ DLICT_CONNECTION / --provider sqlserver needs --connection or DLICT_CONNECTION")),
        _ => new SqliteWarehouse(settings.Connection ?? $"Data Source={settings.DataDir.WarehouseFile}"),
    };
}
