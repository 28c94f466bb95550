using System.Globalization;

namespace Dlict.Warehouse.SqlServer.Copying;

/// <summary>
/// SQLite values (long, double, ISO text, null) converted to what a SQL Server column of the given type takes,
/// so SqlBulkCopy never guesses: ISO dates and date-times to DateTime, 0/1 to bool, integers to their width.
/// </summary>
public static class CopyValues
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-ddTHH:mm:ss.FFFFFFF"];

    public static object ToTarget(object? value, string typeName)
    {
        if (value is null or DBNull) return DBNull.Value;
        return typeName.ToLowerInvariant() switch
        {
            "date" or "datetime2" or "datetime" or "smalldatetime" => value is string text ? ParseDate(text) : value,
            "bit" => Convert.ToInt64(value, CultureInfo.InvariantCulture) != 0,
            "int" => Convert.ToInt32(value, CultureInfo.InvariantCulture),
            "bigint" => Convert.ToInt64(value, CultureInfo.InvariantCulture),
            "smallint" => Convert.ToInt16(value, CultureInfo.InvariantCulture),
            "tinyint" => Convert.ToByte(value, CultureInfo.InvariantCulture),
            "decimal" or "numeric" or "money" => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
            "float" or "real" => Convert.ToDouble(value, CultureInfo.InvariantCulture),
            "nvarchar" or "varchar" or "nchar" or "char" => value as string ?? Convert.ToString(value, CultureInfo.InvariantCulture)!,
            _ => value,
        };
    }

    private static DateTime ParseDate(string text) =>
        DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? parsed
            : throw new FormatException($"'{text}' is not an ISO date or date-time (yyyy-MM-dd[ HH:mm:ss]).");
}
