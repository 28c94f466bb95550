using System.Globalization;
using System.Text.RegularExpressions;

namespace Dlict.Etl.Values;

/// <summary>
/// Dates as Thai offices write them, returned as CE dates.
/// Year rule: a 4-digit year above 2400 is Buddhist Era (CE = BE − 543), any other 4-digit year is CE;
/// after conversion the year must lie in 1900–2200 (so 1/1/2068 is CE 2068, 1/1/3068 is rejected);
/// 2-digit years are rejected as ambiguous.
/// </summary>
public static partial class DateParser
{
    private const int BuddhistOffset = 543;

    [GeneratedRegex(@"^(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?=$|[T\s])", RegexOptions.CultureInvariant)]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?=$|\s)", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYearPattern();

    [GeneratedRegex(@"^(\d{1,2})\s*([\u0E01-\u0E4F.]+?)\s*(?:พ\.?\s?ศ\.?)?\s*(\d{4})(?=$|\s)", RegexOptions.CultureInvariant)]
    private static partial Regex ThaiMonthPattern();

    [GeneratedRegex(@"^\d+(\.\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex SerialPattern();

    /// <summary>Missing → true with null. A trailing time is accepted and dropped.</summary>
    public static bool TryParse(string? raw, out DateOnly? value)
    {
        value = null;
        if (Missing.IsMissing(raw))
        {
            return true;
        }

        if (!DateTimeParser.TryParse(raw, out var dateTime) || dateTime is not { } dt)
        {
            return false;
        }

        value = DateOnly.FromDateTime(dt);
        return true;
    }

    /// <summary>Reads an Excel serial if the whole text is a plain number.</summary>
    internal static bool TryParseSerial(string text, out DateTime value)
    {
        value = default;
        return SerialPattern().IsMatch(text)
            && double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var serial)
            && ExcelSerial.TryToDateTime(serial, out value)
            && value.Year is >= 1900 and <= 2200;
    }

    /// <summary>Reads the date at the start of <paramref name="text"/>; <paramref name="rest"/> is what follows it.</summary>
    internal static bool TryParseLeading(string text, out DateOnly date, out string rest)
    {
        date = default;
        rest = string.Empty;
        int year, month, day;
        Match m;
        if ((m = IsoPattern().Match(text)).Success)
        {
            (year, month, day) = (Int(m.Groups[1]), Int(m.Groups[3]), Int(m.Groups[4]));
        }
        else if ((m = DayMonthYearPattern().Match(text)).Success)
        {
            (year, month, day) = (Int(m.Groups[4]), Int(m.Groups[3]), Int(m.Groups[1]));
        }
        else if ((m = ThaiMonthPattern().Match(text)).Success && ThaiMonth.TryParse(m.Groups[2].Value, out month))
        {
            (year, day) = (Int(m.Groups[3]), Int(m.Groups[1]));
        }
        else
        {
            return false;
        }

        rest = text[m.Length..];
        return TryMake(year, month, day, out date);
    }

    private static bool TryMake(int year, int month, int day, out DateOnly date)
    {
        date = default;
        var ce = year > 2400 ? year - BuddhistOffset : year;
        if (ce is < 1900 or > 2200 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(ce, month))
        {
            return false;
        }

        date = new DateOnly(ce, month, day);
        return true;
    }

    private static int Int(Group g) => int.Parse(g.Value, CultureInfo.InvariantCulture);
}
