namespace Dlict.Etl.Values;

/// <summary>Excel's 1900 date system: serial 1 = 1900-01-01, with Lotus' fictitious 1900-02-29 as serial 60.</summary>
internal static class ExcelSerial
{
    public const double Max = 2958465; // 9999-12-31

    private static readonly DateTime Epoch = new(1899, 12, 30, 0, 0, 0, DateTimeKind.Unspecified);

    /// <summary>
    /// Serials from 61 on count from 1899-12-30; serials 1–59 are one day later than that count would say
    /// (Excel believes 1900 was a leap year), and 60 (the non-existent 1900-02-29) is rejected.
    /// The fraction is the time of day, rounded to the second.
    /// </summary>
    public static bool TryToDateTime(double serial, out DateTime value)
    {
        value = default;
        if (double.IsNaN(serial) || serial < 1 || serial >= Max + 1)
        {
            return false;
        }

        var day = Math.Floor(serial);
        if (day == 60)
        {
            return false;
        }

        var seconds = Math.Round((serial - day) * 86400);
        var days = day < 60 ? day + 1 : day;
        value = Epoch.AddDays(days).AddSeconds(seconds);
        return true;
    }
}
