namespace Dlict.Etl.Privacy;

/// <summary>
/// A rejected cell's value is echoed into etl_reject so the sender can fix it, unless it may be a person's name:
/// text that starts with a Thai or English title, or that repeats a cell of the row outside the kind's columns
/// (the name columns every operations form carries, e.g. after a shifted row put a name into a date cell).
/// </summary>
public static class NameGuard
{
    public const string Hidden = "(ซ่อนไว้ อาจเป็นชื่อบุคคล / hidden: may be a personal name)";

    private static readonly string[] Titles =
        ["นาย", "นาง", "น.ส.", "ด.ช.", "ด.ญ.", "เด็กชาย", "เด็กหญิง", "ว่าที่", "ดร.", "ผศ.", "รศ.", "Mr", "Mrs", "Ms", "Miss"];

    /// <summary>
    /// A rejected roster cell (grade, sex, birth date) is echoed only when it holds a digit or no letter at all
    /// (<c>ป.7</c>, <c>31/02/2561</c>, <c>3</c>): a value of letters only may be a name shifted from its column.
    /// </summary>
    public static string? EchoInRoster(string? value) =>
        string.IsNullOrWhiteSpace(value) || value.Any(char.IsDigit) || !value.Any(char.IsLetter) ? value : Hidden;

    public static string? Echo(string? value, IEnumerable<string?> otherCells)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text)) return value;
        if (Titles.Any(t => text.StartsWith(t, StringComparison.OrdinalIgnoreCase))) return Hidden;
        return otherCells.Any(c => string.Equals(c?.Trim(), text, StringComparison.Ordinal)) ? Hidden : value;
    }
}
