namespace Dlict.Etl.Values;

/// <summary>
/// A person in the training and supervision records (inputs.md): a 13-digit citizen ID whose check digit holds, or any
/// other staff code (<c>EMP100</c>, <c>EMP-0042</c>, a position number). Both are hashed; neither is stored as given.
/// </summary>
public static class StaffId
{
    /// <summary>
    /// Cleans (Thai digits, spaces, dashes; letters upper-cased so <c>emp-0042</c> and <c>EMP 0042</c> are one person).
    /// Thirteen digits must be a valid citizen ID; anything else non-empty is a staff code.
    /// </summary>
    public static bool TryNormalize(string? raw, out string? id)
    {
        id = ThaiText.Clean(raw)?.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).ToUpperInvariant();
        if (string.IsNullOrEmpty(id) || (AsciiDigits.Exactly(id, 13) && !CitizenId.IsValid(id)))
        {
            id = null;
            return false;
        }
        return true;
    }
}
