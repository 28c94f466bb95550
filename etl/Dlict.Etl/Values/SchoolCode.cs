namespace Dlict.Etl.Values;

/// <summary>School codes are strings: 10-digit OBEC (MOE) codes or 8-digit SMIS codes, leading zeros kept.</summary>
public static class SchoolCode
{
    /// <summary>
    /// Removes spaces and dashes (and the <c>.0</c> an xlsx numeric cell adds); true when 8 or 10 digits remain.
    /// A code that lost its leading zeros is not padded back: it is rejected.
    /// </summary>
    public static bool TryNormalize(string? raw, out string? code)
    {
        if (AsciiDigits.Exactly(raw, 10) || AsciiDigits.Exactly(raw, 8))
        {
            code = raw; // nearly every cell of a real file: nothing to clean
            return true;
        }

        code = null;
        var text = ThaiText.Clean(raw);
        if (text is null)
        {
            return false;
        }

        text = text.Replace(" ", string.Empty, StringComparison.Ordinal)
            .Replace("-", string.Empty, StringComparison.Ordinal);
        if (text.EndsWith(".0", StringComparison.Ordinal))
        {
            text = text[..^2];
        }

        if (text.Length is not (8 or 10) || !AsciiDigits.Only(text))
        {
            return false;
        }

        code = text;
        return true;
    }
}
