using Dlict.Reports.Fonts;
using ScottPlot;

namespace Dlict.Reports.Charts;

/// <summary>A ScottPlot 5 bar chart as PNG bytes; every text (title, axis labels, ticks, value labels) in Loma.</summary>
public static class DistrictBarPng
{
    public const int Width = 800;
    public const int Height = 420;

    /// <summary>Room above the tallest bar for its value label.</summary>
    private const double Headroom = 1.15;

    private static readonly double[] PercentTicks = [0, 20, 40, 60, 80, 100];

    public static byte[] Render(string title, string yLabel, IReadOnlyList<string> labels, IReadOnlyList<double> values, string valueFormat, bool percent = false) =>
        Build(title, yLabel, labels, values, valueFormat, percent).GetImageBytes(Width, Height, ImageFormat.Png);

    /// <summary>
    /// The chart before it is drawn. A <paramref name="percent"/> chart always runs 0–100 with ticks every 20 (and room
    /// for the label above a 100 % bar), so districts compare at a glance and no axis reads 115 %.
    /// </summary>
    public static Plot Build(string title, string yLabel, IReadOnlyList<string> labels, IReadOnlyList<double> values, string valueFormat, bool percent = false)
    {
        var family = ThaiFont.Register();
        var plot = new Plot();
        var bars = plot.Add.Bars(values.ToArray());
        bars.Color = new Color(0x1F, 0x77, 0xB4);
        var i = 0;
        foreach (var bar in bars.Bars)
            bar.Label = values[i++].ToString(valueFormat, System.Globalization.CultureInfo.InvariantCulture);
        bars.ValueLabelStyle.FontName = family;
        bars.ValueLabelStyle.FontSize = 14;
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, labels.Count).Select(x => (double)x).ToArray(), labels.ToArray());
        plot.Axes.Margins(bottom: 0, top: 0.15);
        if (percent)
        {
            plot.Axes.SetLimitsY(0, 100 * Headroom);
            plot.Axes.Left.SetTicks(PercentTicks, [.. PercentTicks.Select(t => t.ToString("0", System.Globalization.CultureInfo.InvariantCulture))]);
        }
        else
        {
            plot.Axes.SetLimitsY(0, Math.Max(values.DefaultIfEmpty(0).Max(), 1) * Headroom);
        }
        plot.Title(title);
        plot.YLabel(yLabel);
        plot.Font.Set(family);
        return plot;
    }
}
