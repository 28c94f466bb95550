namespace Dlict.Etl.Values;

/// <summary>
/// A person in the training and supervision records (inputs.md): a 13-digit citizen ID whose check digit holds, or any
/// other staff code (<c>EMP100</c>, <c>EMP-0042</c>, a position number). Both are hashed; neither is stored as given.
/// </summary>
public static class StaffId
{
    /// <summary>Longer than this is not a code (a sentence or a name pasted into the column).</summary>
    public const int MaxLength = 32;

    /// <summary>
    /// Cleans (Thai digits, spaces, dashes; letters upper-cased so <c>emp-0042</c> and <c>EMP 0042</c> are one person).
    /// Thirteen digits must be a valid citizen ID; any other code with at least one digit is a staff code (a name,
    /// which has none, is refused rather than hashed as if it were an ID).
    /// </summary>
    public static bool TryNormalize(string? raw, out string? id)
    {
        id = ThaiText.Clean(raw)?.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).ToUpperInvariant();
        if (string.IsNullOrEmpty(id) || !id.Any(char.IsAsciiDigit) || id.Length > MaxLength || (AsciiDigits.Exactly(id, 13) && !CitizenId.IsValid(id)))
        {
            id = null;
            return false;
        }
        return true;
    }
}
