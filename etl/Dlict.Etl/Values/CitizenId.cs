namespace Dlict.Etl.Values;

/// <summary>Thai 13-digit citizen IDs and the G-codes given to students without one.</summary>
public static class CitizenId
{
    /// <summary>13 ASCII digits whose last digit is the check digit (11 − Σ d_i·(14−i) mod 11) mod 10.</summary>
    public static bool IsValid(string id)
    {
        return AsciiDigits.Exactly(id, 13) && CheckDigit(id.AsSpan(0, 12)) == id[12] - '0';
    }

    /// <summary>The 13th digit of an ID that starts with these 12.</summary>
    public static int CheckDigit(ReadOnlySpan<char> first12)
    {
        var sum = 0;
        for (var i = 0; i < 12; i++) sum += (first12[i] - '0') * (13 - i);
        return (11 - sum % 11) % 10;
    }

    /// <summary><c>G</c> (either case) followed by 12 ASCII digits.</summary>
    public static bool IsGCode(string id) =>
        id is { Length: 13 } && (id[0] is 'G' or 'g') && AsciiDigits.Only(id.AsSpan(1));

    /// <summary>
    /// Cleans (Thai digits, spaces, dashes), then accepts a valid citizen ID or a G-code (returned with upper-case G).
    /// </summary>
    public static bool TryNormalize(string? raw, out string? id)
    {
        if (AsciiDigits.Exactly(raw, 13))
        {
            id = IsValid(raw!) ? raw : null; // nearly every cell of a real roster: nothing to clean
            return id is not null;
        }

        id = null;
        var text = ThaiText.Clean(raw)?.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        if (text is null)
        {
            return false;
        }

        if (IsValid(text))
        {
            id = text;
            return true;
        }

        if (IsGCode(text))
        {
            id = "G" + text[1..];
            return true;
        }

        return false;
    }
}
