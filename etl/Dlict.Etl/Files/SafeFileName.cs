using System.Globalization;
using System.Text;

namespace Dlict.Etl.Files;

/// <summary>
/// A name we may write into one of our folders, made from a name someone else chose (a file in the inbox, later an
/// upload): separators, <c>..</c>, control and format characters become <c>_</c>, and it fits in 255 UTF-8 bytes,
/// cut between whole characters (a Thai vowel or tone mark stays with its consonant) with its extension kept.
/// </summary>
public static class SafeFileName
{
    /// <summary>The longest name most file systems take (ext4, NTFS in UTF-16 allows more; 255 bytes suits both).</summary>
    public const int MaxBytes = 255;

    public static string Clean(string name, int maxBytes = MaxBytes)
    {
        var text = new StringBuilder(name.Length);
        foreach (var rune in name.EnumerateRunes())
            text.Append(IsUnsafe(rune) ? "_" : rune.ToString());
        var cleaned = text.ToString();
        while (cleaned.Contains("..", StringComparison.Ordinal)) cleaned = cleaned.Replace("..", "_", StringComparison.Ordinal);
        cleaned = cleaned.Trim().TrimEnd('.');
        return Fit(cleaned.Length == 0 ? "_" : cleaned, maxBytes);
    }

    /// <summary>The name cut to <paramref name="maxBytes"/> UTF-8 bytes between text elements, its extension kept when short.</summary>
    public static string Fit(string name, int maxBytes)
    {
        if (Encoding.UTF8.GetByteCount(name) <= maxBytes) return name;
        var extension = Path.GetExtension(name);
        if (Encoding.UTF8.GetByteCount(extension) > 16) extension = "";
        var stem = name[..^extension.Length];
        var budget = maxBytes - Encoding.UTF8.GetByteCount(extension);
        var (used, end) = (0, 0);
        var elements = StringInfo.GetTextElementEnumerator(stem);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            used += Encoding.UTF8.GetByteCount(element);
            if (used > budget) break;
            end = elements.ElementIndex + element.Length;
        }
        return stem[..end] + extension;
    }

    private static bool IsUnsafe(Rune rune) =>
        rune.Value is '/' or '\\' or ':' || rune == Rune.ReplacementChar || Rune.GetUnicodeCategory(rune) is
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned;
}
