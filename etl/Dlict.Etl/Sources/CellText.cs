using System.Globalization;

namespace Dlict.Etl.Sources;

/// <summary>An xlsx cell value as the text a CSV export of it would hold.</summary>
internal static class CellText
{
    /// <summary>
    /// Strings as they are; numbers round-trip invariant (12.0 → "12"); dates "yyyy-MM-dd", or with
    /// " HH:mm:ss" when they carry a time; booleans "TRUE"/"FALSE"; empty → null.
    /// </summary>
    public static string? From(object? value) => value switch
    {
        null or DBNull => null,
        string s => s.Length == 0 ? null : s,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime dt => dt.TimeOfDay == TimeSpan.Zero
            ? dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : dt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        bool b => b ? "TRUE" : "FALSE",
        TimeSpan t => t.ToString("c", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
