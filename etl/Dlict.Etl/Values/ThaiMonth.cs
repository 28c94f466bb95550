namespace Dlict.Etl.Values;

/// <summary>Thai month names and abbreviations (with or without dots) → month number.</summary>
internal static class ThaiMonth
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.Ordinal)
    {
        ["มกราคม"] = 1,
        ["มค"] = 1,
        ["กุมภาพันธ์"] = 2,
        ["กุมภาพันธ"] = 2,
        ["กพ"] = 2,
        ["มีนาคม"] = 3,
        ["มีค"] = 3,
        ["เมษายน"] = 4,
        ["เมย"] = 4,
        ["พฤษภาคม"] = 5,
        ["พค"] = 5,
        ["มิถุนายน"] = 6,
        ["มิย"] = 6,
        ["กรกฎาคม"] = 7,
        ["กรกฏาคม"] = 7,
        ["กค"] = 7,
        ["สิงหาคม"] = 8,
        ["สค"] = 8,
        ["กันยายน"] = 9,
        ["กย"] = 9,
        ["ตุลาคม"] = 10,
        ["ตค"] = 10,
        ["พฤศจิกายน"] = 11,
        ["พย"] = 11,
        ["ธันวาคม"] = 12,
        ["ธค"] = 12,
    };

    /// <summary>Looks the month up after removing dots and spaces (<c>มิ.ย.</c>, <c>มิย</c>, <c>มิถุนายน</c> → 6).</summary>
    public static bool TryParse(string token, out int month)
    {
        var key = token.Replace(".", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        return Months.TryGetValue(key, out month);
    }
}
