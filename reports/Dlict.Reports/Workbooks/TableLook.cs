using System.Drawing;
using OfficeOpenXml.Style;

namespace Dlict.Reports.Workbooks;

/// <summary>
/// How every table prints (reports.md, "Printed or saved as PDF"): thin borders, a shaded bold header that wraps and
/// is aligned like its column (numbers right, text left), body text that wraps instead of running into the next
/// cell. Explicit cell styles, because LibreOffice draws no Excel table style.
/// </summary>
public static class TableLook
{
    public static readonly Color HeaderFill = Color.FromArgb(0xDD, 0xE6, 0xF2);

    public static void Header(ExcelStyle style, bool numeric)
    {
        Cell(style, numeric);
        style.Font.Bold = true;
        style.Fill.PatternType = ExcelFillStyle.Solid;
        style.Fill.BackgroundColor.SetColor(HeaderFill);
        style.VerticalAlignment = ExcelVerticalAlignment.Center;
    }

    public static void Body(ExcelStyle style, bool numeric)
    {
        Cell(style, numeric);
        style.VerticalAlignment = ExcelVerticalAlignment.Top;
    }

    /// <summary>
    /// Column widths from what each column needs (<see cref="TextWidth"/>), each at most <see cref="TextWidth.MaxColumn"/>,
    /// the widest narrowed (their text wraps) until the sheet fits <see cref="TextWidth.PageBudget"/>.
    /// </summary>
    public static double[] Widths(IReadOnlyList<double> needs)
    {
        var widths = needs.Select(n => Math.Clamp(Math.Ceiling(n) + 2, 7, TextWidth.MaxColumn)).ToArray();
        while (widths.Sum() > TextWidth.PageBudget)
        {
            var widest = Array.IndexOf(widths, widths.Max());
            if (widths[widest] <= 12) break;
            widths[widest]--;
        }
        return widths;
    }

    /// <summary>Points per printed line of 11 pt text; Thai marks above and below need more than Excel's 15.</summary>
    public const double LineHeight = 16.5;

    /// <summary>
    /// The height a row needs when its cells wrap (LibreOffice does not grow rows of an xlsx by itself), or null for one
    /// line. <paramref name="needs"/>: each cell's text width, by column from 0.
    /// </summary>
    public static double? RowHeight(IReadOnlyList<double> needs, IReadOnlyList<double> widths)
    {
        var lines = 1;
        for (var c = 0; c < needs.Count && c < widths.Count; c++)
            lines = Math.Max(lines, (int)Math.Ceiling(needs[c] / Math.Max(widths[c] - 1.5, 1)));
        return lines > 1 ? lines * LineHeight : null;
    }

    private static void Cell(ExcelStyle style, bool numeric)
    {
        style.Border.Top.Style = style.Border.Bottom.Style = style.Border.Left.Style = style.Border.Right.Style = ExcelBorderStyle.Thin;
        style.WrapText = true;
        style.HorizontalAlignment = numeric ? ExcelHorizontalAlignment.Right : ExcelHorizontalAlignment.Left;
    }
}
