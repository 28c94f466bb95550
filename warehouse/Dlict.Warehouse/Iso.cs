using System.Globalization;

namespace Dlict.Warehouse;

/// <summary>ISO text for dates and Bangkok local date-times: what both dialects accept as parameters and what CSV output shows.</summary>
public static class Iso
{
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string DateTime(DateTime time) => time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public static string? Date(DateOnly? date) => date is { } d ? Date(d) : null;

    public static DateOnly ParseDate(string text) => DateOnly.ParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateTime ParseDateTime(string text) =>
        System.DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces);
}
