using System.Buffers;
using System.Text;

namespace Dlict.Etl.Values;

/// <summary>Normalises text typed or exported by Thai users before any parsing.</summary>
public static class ThaiText
{
    /// <summary>
    /// Trims, turns Thai digits ๐–๙ into 0–9, drops zero-width and bidi control characters,
    /// turns no-break spaces into spaces and collapses whitespace runs to one space.
    /// Returns null when nothing is left.
    /// </summary>
    public static string? Clean(string? raw)
    {
        if (raw is null)
        {
            return null;
        }

        if (IsAlreadyClean(raw))
        {
            return raw;
        }

        var sb = new StringBuilder(raw.Length);
        var pendingSpace = false;
        foreach (var c in raw)
        {
            if (IsInvisible(c))
            {
                continue;
            }

            if (c == '\u00A0' || char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c is >= '๐' and <= '๙' ? (char)('0' + (c - '๐')) : c);
        }

        return sb.Length == 0 ? null : sb.ToString();
    }

    /// <summary>Characters that never need cleaning: printable ASCII but the space, and Thai letters, vowels and marks (not ๐–๙).</summary>
    private static readonly SearchValues<char> Plain = SearchValues.Create(
        Enumerable.Range('!', '~' - '!' + 1).Concat(Enumerable.Range('\u0E01', '\u0E4F' - '\u0E01' + 1)).Select(c => (char)c).ToArray());

    /// <summary>The common case, checked without allocating: no edge or double spaces, no Thai digit, nothing invisible.</summary>
    private static bool IsAlreadyClean(string raw)
    {
        if (raw.Length == 0 || char.IsWhiteSpace(raw[0]) || char.IsWhiteSpace(raw[^1]))
        {
            return false;
        }

        if (!raw.AsSpan().ContainsAnyExcept(Plain))
        {
            return true; // a code, a number, a Thai word: one vectorised pass
        }

        var previousSpace = false;
        foreach (var c in raw)
        {
            if (c < ' ' || c == '\u00A0' || IsThaiDigit(c) || IsInvisible(c) || (char.IsWhiteSpace(c) && (previousSpace || c != ' ')))
            {
                return false;
            }

            previousSpace = c == ' ';
        }

        return true;
    }

    /// <summary>True for Thai digits ๐–๙.</summary>
    public static bool IsThaiDigit(char c) => c is >= '๐' and <= '๙';

    private static bool IsInvisible(char c) =>
        c is (>= '\u200B' and <= '\u200F') or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\uFEFF';
}
