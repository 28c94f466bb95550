using Dlict.Warehouse;
using Dlict.Warehouse.Sqlite;
using Dlict.Warehouse.SqlServer;

namespace Dlict.Cli.Settings;

/// <summary>The one place that knows the concrete providers.</summary>
public static class WarehouseFactory
{
    /// <summary>The warehouse a verb or job works with: its deadlines follow dlict.json (<see cref="CalendarWarehouse"/>).</summary>
    public static IWarehouse Create(DlictSettings settings) => new CalendarWarehouse(Engine(settings), settings.Calendar);

    /// <summary>The provider's own warehouse, for the copy that moves one engine into another.</summary>
    public static IWarehouse Engine(DlictSettings settings) => settings.Provider switch
    {
        "sqlserver" => new SqlServerWarehouse(settings.Connection
            ?? throw new UsageException("--provider sqlserver ต้องระบุ --connection หรือ DLICT_CONNECTION / --provider sqlserver needs --connection or DLICT_CONNECTION")),
        _ => new SqliteWarehouse(settings.Connection ?? $"Data Source={settings.DataDir.WarehouseFile}"),
    };
}
