using Dlict.Etl.Validation;
using Dlict.Etl.Values;

namespace Dlict.Etl.Kinds.Students;

/// <summary>A roster's ID cell: a valid 13-digit citizen ID, a G-code, or the rule it breaks.</summary>
public static class StudentId
{
    /// <summary>The normalised ID and its kind (<c>citizen_id</c> / <c>g_code</c>), or the rule broken.</summary>
    public static (string? Id, string? Kind, Rule? Problem) Read(string? raw)
    {
        if (CitizenId.TryNormalize(raw, out var id) && id is not null)
            return (id, id[0] == 'G' ? "g_code" : "citizen_id", null);
        var text = ThaiText.Clean(raw)?.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (text is null) return (null, null, Rules.StudentIdMissing);
        if (text[0] is 'G' or 'g') return (null, null, Rules.StudentGCodeInvalid);
        if (AsciiDigits.Exactly(text, 13)) return (null, null, Rules.StudentIdCheckDigit);
        return (null, null, Rules.StudentIdMissing);
    }
}
