using System.Globalization;

namespace Dlict.Reports.Workbooks;

/// <summary>Thai short dates in the Buddhist Era (<c>10 มิ.ย. 2568</c>), written by hand: never through th-TH.</summary>
public static class ThaiDate
{
    private static readonly string[] Months =
        ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."];

    public static string MonthAbbreviation(int month) => Months[month - 1];

    public static int BuddhistYear(DateTime date) => date.Year + 543;

    /// <summary>Fiscal year (BE) a date falls in: 1 Oct – 30 Sep, named by the year it ends in.</summary>
    public static int FiscalYear(DateTime date) => date.Month >= 10 ? date.Year + 544 : date.Year + 543;

    public static string Format(DateTime date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day} {Months[date.Month - 1]} {BuddhistYear(date)}");

    public static string Format(DateOnly date) => Format(date.ToDateTime(TimeOnly.MinValue));

    public static string FormatWithTime(DateTime time) =>
        string.Create(CultureInfo.InvariantCulture, $"{Format(time)} {time:HH:mm} น.");

    /// <summary><c>มิ.ย. 2568</c>.</summary>
    public static string FormatMonth(int year, int month) =>
        string.Create(CultureInfo.InvariantCulture, $"{Months[month - 1]} {year + 543}");

    /// <summary>An ISO date or date-time from a view (text in SQLite, a date in SQL Server), or null.</summary>
    public static DateTime? Parse(object? value) => value switch
    {
        null or DBNull => null,
        DateTime t => t,
        DateTimeOffset o => o.DateTime,
        DateOnly d => d.ToDateTime(TimeOnly.MinValue),
        string s when DateTime.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) => t,
        _ => null,
    };

    public static string FormatOrDash(object? value) => Parse(value) is { } t ? Format(t) : "—";
}
