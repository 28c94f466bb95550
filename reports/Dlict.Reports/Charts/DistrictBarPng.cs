using Dlict.Reports.Fonts;
using ScottPlot;

namespace Dlict.Reports.Charts;

/// <summary>A ScottPlot 5 bar chart as PNG bytes; every text (title, axis labels, ticks, value labels) in Loma.</summary>
public static class DistrictBarPng
{
    public const int Width = 800;
    public const int Height = 420;

    public static byte[] Render(string title, string yLabel, IReadOnlyList<string> labels, IReadOnlyList<double> values, string valueFormat)
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
        plot.Axes.SetLimitsY(0, Math.Max(values.DefaultIfEmpty(0).Max(), 1) * 1.15);
        plot.Title(title);
        plot.YLabel(yLabel);
        plot.Font.Set(family);
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }
}
