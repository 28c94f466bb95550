using System.Text;

namespace Dlict.Etl.Values;

/// <summary>Grade levels in canonical Thai form: อ.1–อ.3, ป.1–ป.6, ม.1–ม.6, ปวช.1–ปวช.3.</summary>
public static class GradeName
{
    private static readonly string[] Names =
    [
        "อ.1", "อ.2", "อ.3",
        "ป.1", "ป.2", "ป.3", "ป.4", "ป.5", "ป.6",
        "ม.1", "ม.2", "ม.3", "ม.4", "ม.5", "ม.6",
        "ปวช.1", "ปวช.2", "ปวช.3",
    ];

    /// <summary>The 18 canonical grade names in school order.</summary>
    public static IReadOnlyList<string> All { get; } = Array.AsReadOnly(Names);

    // Longest spellings first; each maps to a canonical prefix and its highest year.
    private static readonly (string Spelling, string Prefix, int Max)[] Spellings =
    [
        ("อนุบาลปีที่", "อ.", 3), ("อนุบาล", "อ.", 3), ("อ", "อ.", 3), ("K", "อ.", 3),
        ("ประถมศึกษาปีที่", "ป.", 6), ("ประถมปีที่", "ป.", 6), ("ประถม", "ป.", 6), ("ป", "ป.", 6), ("P", "ป.", 6),
        ("มัธยมศึกษาปีที่", "ม.", 6), ("มัธยมปีที่", "ม.", 6), ("มัธยม", "ม.", 6), ("ม", "ม.", 6), ("M", "ม.", 6),
        ("ปวช", "ปวช.", 3),
    ];

    /// <summary><c>อนุบาล 1</c>, <c>ป1</c>, <c>ประถมศึกษาปีที่ ๑</c>, <c>M4</c>, <c>ปวช.1</c> … → canonical name; false otherwise.</summary>
    public static bool TryNormalize(string? raw, out string? grade)
    {
        // A file repeats a handful of spellings a million times: remember them (bounded, for hostile input).
        if (raw is not null && Known.TryGetValue(raw, out grade))
        {
            return grade is not null;
        }

        var ok = Normalize(raw, out grade);
        if (raw is not null && Known.Count < 4096)
        {
            Known[raw] = grade;
        }

        return ok;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> Known = new(StringComparer.Ordinal);

    private static bool Normalize(string? raw, out string? grade)
    {
        grade = null;
        var text = ThaiText.Clean(raw);
        if (text is null)
        {
            return false;
        }

        var compact = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is not (' ' or '.'))
            {
                compact.Append(char.ToUpperInvariant(c));
            }
        }

        var key = compact.ToString();
        foreach (var (spelling, prefix, max) in Spellings)
        {
            if (key.Length == spelling.Length + 1 && key.StartsWith(spelling, StringComparison.Ordinal)
                && key[^1] is >= '1' and <= '9' && key[^1] - '0' <= max)
            {
                grade = prefix + key[^1];
                return true;
            }
        }

        return false;
    }

    /// <summary>1 for อ.1 … 4 for ป.1 … 10 for ม.1 … 16 for ปวช.1 … 18 for ปวช.3. Accepts any spelling <see cref="TryNormalize"/> reads.</summary>
    /// <exception cref="ArgumentException">Not a grade.</exception>
    public static int Order(string grade)
    {
        if (!TryNormalize(grade, out var canonical))
        {
            throw new ArgumentException($"Not a grade: '{grade}'", nameof(grade));
        }

        return Array.IndexOf(Names, canonical) + 1;
    }
}
