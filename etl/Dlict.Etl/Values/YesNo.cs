namespace Dlict.Etl.Values;

/// <summary>Yes/no answers in English, Thai and ticks.</summary>
public static class YesNo
{
    private static readonly HashSet<string> Yes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Y", "YES", "1", "TRUE", "มี", "ใช่", "ใช้ DLTV", "ใช้", "จัด", "✓", "✔",
    };

    private static readonly HashSet<string> No = new(StringComparer.OrdinalIgnoreCase)
    {
        "N", "NO", "0", "FALSE", "ไม่มี", "ไม่ใช่", "ไม่ใช้", "ไม่ใช้ DLTV", "ไม่จัด", "✗", "✘",
    };

    /// <summary>Missing → true with null; a known yes or no word → true with the value; anything else → false.</summary>
    public static bool TryParse(string? raw, out bool? value)
    {
        value = null;
        if (Missing.IsMissing(raw))
        {
            return true;
        }

        var text = ThaiText.Clean(raw)!;
        if (Yes.Contains(text))
        {
            value = true;
            return true;
        }

        if (No.Contains(text))
        {
            value = false;
            return true;
        }

        return false;
    }
}
