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
    public static IWarehouse Engine(DlictSettings settings)
    {
        try
        {
            return settings.Provider switch
            {
                "sqlserver" => new SqlServerWarehouse(settings.Connection
                    ?? throw new UsageException("--provider sqlserver ต้องระบุ --connection หรือ DLICT_CONNECTION / --provider sqlserver needs --connection or DLICT_CONNECTION")),
                _ => new SqliteWarehouse(settings.Connection ?? $"Data Source={settings.DataDir.WarehouseFile}"),
            };
        }
        catch (Exception e) when (e is ArgumentException or FormatException or KeyNotFoundException or InvalidOperationException)
        {
            // The builders' messages name the bad keyword or position, never the password.
            throw new UsageException($"อ่าน connection string ไม่ได้ — ตรวจสอบรูปแบบ key=value; / the connection string cannot be read: {e.Message}");
        }
    }

    /// <summary>
    /// The warehouse as the analysts' reader login sees it (<see cref="DlictSettings.ReaderConnection"/>). On SQL Server
    /// a missing reader connection falls back to the main one with a warning on <paramref name="warnings"/>; SQLite's
    /// reader is the main file opened read-only, which needs no separate login. A reader login never writes, not even
    /// dim_cycle's deadlines: the ETL host's verbs and jobs bring those in line (<see cref="CalendarWarehouse"/>).
    /// </summary>
    public static IWarehouse CreateReader(DlictSettings settings, TextWriter warnings)
    {
        if (settings.ReaderConnection is { Length: > 0 } reader) return Engine(settings with { Connection = reader });
        if (settings.Provider == "sqlserver")
            warnings.WriteLine("คำเตือน: ไม่ได้ตั้ง DLICT_READER_CONNECTION หรือ warehouse.readerConnection จึงใช้การเชื่อมต่อหลัก / " +
                "warning: no DLICT_READER_CONNECTION or warehouse.readerConnection, using the main connection");
        return Create(settings);
    }
}
