namespace Dlict.Etl.Values;

/// <summary>Codes and IDs made only of ASCII digits, checked with one vectorised scan.</summary>
public static class AsciiDigits
{
    public static bool Only(ReadOnlySpan<char> text) => !text.ContainsAnyExceptInRange('0', '9');

    /// <summary>Exactly <paramref name="length"/> ASCII digits: nothing (spaces, Thai digits, marks) to clean.</summary>
    public static bool Exactly(string? raw, int length) => raw is not null && raw.Length == length && Only(raw);
}
