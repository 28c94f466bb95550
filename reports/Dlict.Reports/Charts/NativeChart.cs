using System.Drawing;
using Dlict.Reports.Workbooks;
using OfficeOpenXml.Drawing;
using OfficeOpenXml.Drawing.Chart;

namespace Dlict.Reports.Charts;

/// <summary>
/// Native EPPlus charts over a sheet table. Every series gets an explicit solid fill and line colour:
/// LibreOffice draws EPPlus charts without them as empty plots.
/// </summary>
public static class NativeChart
{
    public static readonly Color[] Palette =
    [
        Color.FromArgb(0x1F, 0x77, 0xB4), Color.FromArgb(0xFF, 0x7F, 0x0E), Color.FromArgb(0x2C, 0xA0, 0x2C),
        Color.FromArgb(0xD6, 0x27, 0x28), Color.FromArgb(0x94, 0x67, 0xBD), Color.FromArgb(0x8C, 0x56, 0x4B),
    ];

    public const int MaxCategories = 30;

    /// <summary>
    /// Adds a chart of <paramref name="type"/> under the canvas's tables, its value axis from 0: categories from column
    /// <paramref name="categoryColumn"/> of <paramref name="table"/>, one series per index in <paramref name="seriesColumns"/>.
    /// </summary>
    public static ExcelChart Add(SheetCanvas canvas, string name, eChartType type, string title, TableBlock table,
        int categoryColumn, IReadOnlyList<int> seriesColumns, IReadOnlyList<Color>? colours = null)
    {
        var chart = canvas.Sheet.Drawings.AddChart(name, type);
        chart.Title.Text = title;
        chart.Title.Font.Size = 12;
        chart.Legend.Position = eLegendPosition.Bottom;
        var categories = table.Data(categoryColumn, MaxCategories);
        for (var i = 0; i < seriesColumns.Count; i++)
        {
            var serie = chart.Series.Add(table.Data(seriesColumns[i], MaxCategories), categories);
            serie.HeaderAddress = table.Header(seriesColumns[i]);
            var colour = colours is not null && i < colours.Count ? colours[i] : Palette[i % Palette.Length];
            Paint(serie, type, colour);
        }
        // Counts and rates from 0: a bar that starts at 86 makes 95.7 look like half of 100.
        chart.YAxis.MinValue = 0;
        chart.YAxis.Font.Size = 10;
        chart.XAxis.Font.Size = 10;
        chart.Legend.Font.Size = 10;
        var (row, column) = canvas.NextChartAnchor();
        chart.SetPosition(row - 1, 0, column - 1, 0);
        chart.SetSize(720, 380);
        return chart;
    }

    private static void Paint(ExcelChartSerie serie, eChartType type, Color colour)
    {
        serie.Border.Fill.Style = eFillStyle.SolidFill;
        serie.Border.Fill.Color = colour;
        if (type is eChartType.Line or eChartType.LineMarkers)
        {
            serie.Border.Width = 2.25;
            if (serie is ExcelLineChartSerie line)
            {
                line.Marker.Style = eMarkerStyle.Circle;
                line.Marker.Fill.Style = eFillStyle.SolidFill;
                line.Marker.Fill.Color = colour;
                line.Marker.Border.Fill.Style = eFillStyle.SolidFill;
                line.Marker.Border.Fill.Color = colour;
            }
            return;
        }
        serie.Fill.Style = eFillStyle.SolidFill;
        serie.Fill.Color = colour;
    }
}
