using System.Globalization;

namespace Dlict.Demo;

/// <summary>Buddhist Era strings built by hand (BE = CE + 543; never th-TH culture) and the default cycle deadlines.</summary>
internal static class ThaiDates
{
    public const int BeOffset = 543;

    private static readonly string[] Months =
    [
        "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
        "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
    ];

    public static int CeYear(int yearBe) => yearBe - BeOffset;

    /// <summary>`5/6/2568`</summary>
    public static string BeDate(DateTime d) => FormattableString.Invariant($"{d.Day}/{d.Month}/{d.Year + BeOffset}");

    /// <summary>`5/6/2568 14.20 น.`</summary>
    public static string BeDateTimeThai(DateTime d) => FormattableString.Invariant($"{BeDate(d)} {d.Hour}.{d.Minute:00} น.");

    /// <summary>`5/6/2568 14:20`</summary>
    public static string BeDateTime(DateTime d) => FormattableString.Invariant($"{BeDate(d)} {d.Hour:00}:{d.Minute:00}");

    /// <summary>`1 พฤษภาคม 2567`</summary>
    public static string BeLongDate(DateTime d) => FormattableString.Invariant($"{d.Day} {Months[d.Month - 1]} {d.Year + BeOffset}");

    public static string IsoDate(DateTime d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string IsoDateTime(DateTime d) => d.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>Default deadline: round 1 10 Jun, round 2 10 Nov, round 3 31 Mar of the next CE year.</summary>
    public static DateTime Deadline(int yearBe, int round)
    {
        var ce = CeYear(yearBe);
        return round switch
        {
            1 => new DateTime(ce, 6, 10),
            2 => new DateTime(ce, 11, 10),
            3 => new DateTime(ce + 1, 3, 31),
            _ => throw new ArgumentOutOfRangeException(nameof(round)),
        };
    }

    /// <summary>A time of day in office hours, on the minute.</summary>
    public static DateTime OfficeTime(DateTime day, Random rng) =>
        day.Date.AddHours(8 + rng.Next(0, 9)).AddMinutes(rng.Next(0, 60));
}
