using System.Globalization;

namespace Dlict.Reports.Workbooks;

/// <summary>Rates as the views compute them: percentages rounded half away from zero to one decimal.</summary>
public static class Percent
{
    public static double? Of(double part, double whole) =>
        whole == 0 ? null : Math.Round(part / whole * 100, 1, MidpointRounding.AwayFromZero);

    /// <summary><c>↑ 5.0%</c>, <c>↓ 3.2%</c>, <c>= 0.0%</c>; <c>—</c> when there is nothing to compare with.</summary>
    public static string Change(long current, long? previous)
    {
        if (previous is not { } before || before == 0) return "—";
        var change = Math.Round((current - before) * 100.0 / before, 1, MidpointRounding.AwayFromZero);
        var arrow = change > 0 ? "↑" : change < 0 ? "↓" : "=";
        return string.Create(CultureInfo.InvariantCulture, $"{arrow} {Math.Abs(change):0.0}%");
    }

    public static double? Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) return null;
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
