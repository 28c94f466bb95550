namespace Dlict.Etl.Kinds.Schools;

/// <summary>Registry status words: open (expected to submit), closed, merged (not expected).</summary>
public static class SchoolStatus
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["open"] = "open",
        ["เปิด"] = "open",
        ["เปิดสอน"] = "open",
        ["โรงเรียนหลัก"] = "open",
        ["ปกติ"] = "open",
        ["closed"] = "closed",
        ["ปิด"] = "closed",
        ["ยุบ"] = "closed",
        ["ยุบเลิก"] = "closed",
        ["ปิดกิจการ"] = "closed",
        ["merged"] = "merged",
        ["เรียนรวม"] = "merged",
        ["ควบรวม"] = "merged",
        ["รวม"] = "merged",
        ["รวมเรียน"] = "merged",
    };

    public static string? Parse(string text) => Words.GetValueOrDefault(text.Replace(" ", "", StringComparison.Ordinal));
}
