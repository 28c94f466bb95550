namespace Dlict.Etl.Values;

/// <summary>
/// A date (any form <see cref="DateParser"/> reads) optionally followed by a time; Excel serials with a fraction.
/// Results are Asia/Bangkok local times with <see cref="DateTimeKind.Unspecified"/>.
/// </summary>
public static class DateTimeParser
{
    /// <summary>Missing → true with null. A date alone is midnight. Serial fractions are rounded to the second.</summary>
    public static bool TryParse(string? raw, out DateTime? value)
    {
        value = null;
        if (Missing.IsMissing(raw))
        {
            return true;
        }

        var text = ThaiText.Clean(raw)!;
        if (DateParser.TryParseSerial(text, out var fromSerial))
        {
            value = fromSerial;
            return true;
        }

        if (!DateParser.TryParseLeading(text, out var date, out var rest) || !ClockTime.TryParse(rest, out var time))
        {
            return false;
        }

        value = date.ToDateTime(time, DateTimeKind.Unspecified);
        return true;
    }
}
