using System.Globalization;
using System.Text.RegularExpressions;

namespace Dlict.Etl.Values;

/// <summary>The time that may follow a date: <c>T09:30:00</c>, <c> 09:30</c>, <c> 9.30 น.</c>, <c> 9:30:15</c>.</summary>
internal static partial class ClockTime
{
    [GeneratedRegex(@"^(?:T|\s*)(?:เวลา\s*)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:\.\d{1,7})?)?\s*(?:น\.?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TimePattern();

    /// <summary>Parses the text after a date; empty text is midnight.</summary>
    public static bool TryParse(string rest, out TimeOnly time)
    {
        time = TimeOnly.MinValue;
        if (rest.Length == 0)
        {
            return true;
        }

        var m = TimePattern().Match(rest);
        if (!m.Success)
        {
            return false;
        }

        var hour = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        var second = m.Groups[3].Success ? int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture) : 0;
        if (hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        time = new TimeOnly(hour, minute, second);
        return true;
    }
}
