using System.CommandLine;
using Dlict.Etl.Cycles;
using Dlict.Etl.Values;
using Dlict.Warehouse;

namespace Dlict.Cli.Verbs;

/// <summary>Options several verbs share, with their parsing and bilingual errors.</summary>
public static class CommonOptions
{
    public static Option<string?> Cycle(string description) => new("--cycle") { Description = description, HelpName = "ปี/รอบ e.g. 2568/1" };

    public static Option<string?> AsOf(string description) => new("--as-of") { Description = description, HelpName = "date e.g. 2025-06-05 or 5/6/2568" };

    public static Cycle? ParseCycle(string? text)
    {
        if (text is null) return null;
        var clean = ThaiText.Clean(text) ?? ""; // Thai digits: ๒๕๖๘/๑
        if (Dlict.Warehouse.Cycle.TryParse(clean, out var cycle)) return cycle;
        if (System.Text.RegularExpressions.Regex.IsMatch(clean, @"^25\d\d\s*[/_-]\s*\d+$"))
            throw new UsageException($"รอบข้อมูล '{text}' ไม่ถูกต้อง: รอบมีเพียง 1–3 / invalid cycle '{text}': rounds are 1–3");
        throw new UsageException($"รอบข้อมูล '{text}' ไม่ถูกต้อง ใช้รูปแบบ ปีการศึกษา/รอบ เช่น 2568/1 / invalid cycle '{text}': use academic year (BE)/round, e.g. 2568/1");
    }

    public static DateOnly? ParseDate(string? text, string option)
    {
        if (text is null) return null;
        return DateParser.TryParse(text, out var date) && date is not null
            ? date
            : throw new UsageException($"วันที่ '{text}' ของ {option} ไม่ถูกต้อง เช่น 2025-06-05 หรือ 5/6/2568 / invalid date '{text}' for {option}: e.g. 2025-06-05 or 5/6/2568");
    }

    public static DateTime? ParseDateTime(string? text, string option)
    {
        if (text is null) return null;
        return DateTimeParser.TryParse(text, out var time) && time is not null
            ? time
            : throw new UsageException($"วันเวลา '{text}' ของ {option} ไม่ถูกต้อง เช่น 2025-06-05 09:30 หรือ 5/6/2568 09:30 / invalid date-time '{text}' for {option}: e.g. 2025-06-05 09:30 or 5/6/2568 09:30");
    }
}
