using System.Globalization;

namespace Dlict.Etl.Values;

/// <summary>Numbers as schools type them: Thai digits, <c>1,234</c>, <c>12.0</c> from Excel; missing means null, never zero.</summary>
public static class NumberParser
{
    private const decimal Limit = 1_000_000_000_000_000m; // 10^15

    /// <summary>
    /// Whole numbers. Missing → true with null. <c>12.0</c> → 12; <c>12.5</c>, beyond ±10^15 or text → false.
    /// Negative numbers parse (validation rejects them where they make no sense).
    /// </summary>
    public static bool TryParseInteger(string? raw, out long? value)
    {
        if (AsciiWhole(raw) is { } whole)
        {
            value = whole;
            return true;
        }

        value = null;
        if (!TryParseDecimal(raw, out var number))
        {
            return false;
        }

        if (number is not { } n)
        {
            return true;
        }

        if (n != decimal.Truncate(n))
        {
            return false;
        }

        value = (long)n;
        return true;
    }

    /// <summary>Decimal numbers (hours, coordinates). Missing → true with null; beyond ±10^15 or text → false.</summary>
    public static bool TryParseDecimal(string? raw, out decimal? value)
    {
        value = null;
        if (Missing.IsMissing(raw))
        {
            return true;
        }

        var text = ThaiText.Clean(raw)!;
        if (!IsPlainNumber(text))
        {
            return false;
        }

        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands,
                CultureInfo.InvariantCulture, out var n) || Math.Abs(n) > Limit)
        {
            return false;
        }

        value = n;
        return true;
    }

    /// <summary>
    /// The common case, 1 to 15 ASCII digits and nothing else (a year, a round, a count), read without the decimal
    /// parser: it cost a roster's reading thread ~17 % of its time for two such cells a row. Null for anything else.
    /// </summary>
    private static long? AsciiWhole(string? raw) =>
        raw is { Length: > 0 and <= 15 } && AsciiDigits.Only(raw) ? long.Parse(raw, NumberStyles.None, CultureInfo.InvariantCulture) : null;

    /// <summary>Three digits follow a comma, then the end, a point or another comma (so <c>12,5</c> is not 125).</summary>
    private static bool IsThousandsGroup(string text, int start) =>
        start + 3 <= text.Length
        && char.IsAsciiDigit(text[start]) && char.IsAsciiDigit(text[start + 1]) && char.IsAsciiDigit(text[start + 2])
        && (start + 3 == text.Length || text[start + 3] is '.' or ',');

    /// <summary>Sign, digits with commas only as thousands separators, at most one decimal point (no exponent, no spaces).</summary>
    private static bool IsPlainNumber(string text)
    {
        var i = text[0] is '+' or '-' ? 1 : 0;
        var digits = 0;
        var seenPoint = false;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c == '.' && !seenPoint)
            {
                seenPoint = true;
            }
            else if (c == ',' && !seenPoint && digits > 0 && IsThousandsGroup(text, i + 1))
            {
                continue;
            }
            else
            {
                return false;
            }
        }

        return digits > 0;
    }
}
