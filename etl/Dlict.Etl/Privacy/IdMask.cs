using Dlict.Etl.Values;

namespace Dlict.Etl.Privacy;

/// <summary>
/// What a reject may show of a bad ID: enough for the school to find the row, never the whole number.
/// <c>1103700012345</c> → <c>1-1037-xxxxx-xx-5</c>; other text keeps its first and last character.
/// </summary>
public static class IdMask
{
    public static string? Mask(string? raw)
    {
        var text = ThaiText.Clean(raw)?.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (text is null) return null;
        if (text.Length == 13) return $"{text[0]}-{text[1..5]}-xxxxx-xx-{text[12]}";
        if (text.Length <= 2) return new string('x', text.Length);
        return text[0] + new string('x', text.Length - 2) + text[^1];
    }
}
