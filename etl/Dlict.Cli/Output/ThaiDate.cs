using System.Globalization;

namespace Dlict.Cli.Output;

/// <summary>Dates as Thai readers write them: <c>10 มิ.ย. 2568</c> (Buddhist Era, built by hand: never the th-TH culture).</summary>
public static class ThaiDate
{
    private static readonly string[] Months = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."];

    public static string Format(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day} {Months[date.Month - 1]} {date.Year + 543}");
}
