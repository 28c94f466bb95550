using System.Globalization;

namespace Dlict.Warehouse.Sqlite;

/// <summary>How CLR values are stored in SQLite: ISO text for dates, 0/1 for booleans.</summary>
public static class SqliteValues
{
    public static object ToDb(object? value) => value switch
    {
        null => DBNull.Value,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        bool b => b ? 1L : 0L,
        _ => value,
    };
}
