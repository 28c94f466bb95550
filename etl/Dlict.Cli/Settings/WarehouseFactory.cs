using Dlict.Warehouse;
using Dlict.Warehouse.Sqlite;

namespace Dlict.Cli.Settings;

/// <summary>The one place that knows the concrete providers.</summary>
public static class WarehouseFactory
{
    public static IWarehouse Create(DlictSettings settings) => settings.Provider switch
    {
        "sqlserver" => throw new UsageException("SQL Server provider is wired in the next commit"),
        _ => new SqliteWarehouse(settings.Connection ?? $"Data Source={settings.DataDir.WarehouseFile}"),
    };
}
