namespace Dlict.Etl.Values;

/// <summary>Thai 13-digit citizen IDs and the G-codes given to students without one.</summary>
public static class CitizenId
{
    /// <summary>13 ASCII digits whose last digit is the check digit (11 − Σ d_i·(14−i) mod 11) mod 10.</summary>
    public static bool IsValid(string id)
    {
        if (id is null || id.Length != 13 || id.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            sum += (id[i] - '0') * (13 - i);
        }

        return (11 - (sum % 11)) % 10 == id[12] - '0';
    }

    /// <summary><c>G</c> (either case) followed by 12 ASCII digits.</summary>
    public static bool IsGCode(string id) =>
        id is { Length: 13 } && (id[0] is 'G' or 'g') && !id.AsSpan(1).ContainsAnyExceptInRange('0', '9');

    /// <summary>
    /// Cleans (Thai digits, spaces, dashes), then accepts a valid citizen ID or a G-code (returned with upper-case G).
    /// </summary>
    public static bool TryNormalize(string? raw, out string? id)
    {
        if (SchoolCode.IsPlainDigits(raw, 13))
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
