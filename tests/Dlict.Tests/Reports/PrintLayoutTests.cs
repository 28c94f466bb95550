using Dlict.Reports.Workbooks;
using OfficeOpenXml;
using OfficeOpenXml.Drawing.Chart;
using OfficeOpenXml.Style;

namespace Dlict.Tests.Reports;

/// <summary>How the management workbook prints (reports.md): what RenderTests measures on paper, checked in the file itself.</summary>
public class PrintLayoutTests
{
    [Test]
    public void Tables_have_borders_headers_aligned_like_their_columns_and_fit_a_readable_page()
    {
        _ = KnownWorkbook.WithOperationsViews;
        using var package = new ExcelPackage(new FileInfo(KnownWorkbook.FullPath));
        var sheet = package.Workbook.Worksheets[SubmissionSheet.Name];
        var header = SheetCanvas.FirstHeaderRow;

        Assert.That(sheet.Cells[header, 1].Style.HorizontalAlignment, Is.EqualTo(ExcelHorizontalAlignment.Left), "อำเภอ: text");
        Assert.That(sheet.Cells[header, 2].Style.HorizontalAlignment, Is.EqualTo(ExcelHorizontalAlignment.Right), "a count: right like its numbers");
        Assert.That(sheet.Cells[header + 1, 2].Style.HorizontalAlignment, Is.EqualTo(ExcelHorizontalAlignment.Right));
        Assert.That(sheet.Cells[header + 1, 2].Style.Border.Left.Style, Is.EqualTo(ExcelBorderStyle.Thin));
        Assert.That(sheet.Cells[header + 1, 1].Style.WrapText, Is.True);
        foreach (var each in package.Workbook.Worksheets)
        {
            var width = Enumerable.Range(1, each.Dimension.End.Column).Sum(c => each.Column(c).Width);
            Assert.That(width, Is.LessThanOrEqualTo(TextWidth.PageBudget), $"{each.Name}: fitted to one page wide it would print under 8 pt");
            foreach (var chart in each.Drawings.OfType<ExcelChart>())
                Assert.That(chart.YAxis.MinValue, Is.Zero, $"{each.Name} {chart.Name}: axis from 0");
            foreach (var drawing in each.Drawings)
            {
                Assert.That(drawing.From.Column, Is.Zero, $"{each.Name} {drawing.Name}: under the tables, not beside them");
                Assert.That(each.Row(drawing.From.Row).PageBreak, Is.True, $"{each.Name} {drawing.Name}: starts a page, no break cuts it");
            }
        }
    }

    [Test]
    public void Thai_takes_no_width_for_its_marks_above_and_below()
    {
        Assert.That(TextWidth.Of("กี่"), Is.EqualTo(TextWidth.Of("ก")));
        Assert.That(TextWidth.Of("18 มี.ค. 2569 12:11 น."), Is.GreaterThan(18));
        Assert.That(TableLook.Widths([10, 200, 200]), Is.EqualTo(new[] { 12.0, TextWidth.MaxColumn, TextWidth.MaxColumn }));
        Assert.That(TableLook.Widths(Enumerable.Repeat(60.0, 6).ToList()).Sum(), Is.LessThanOrEqualTo(TextWidth.PageBudget));
    }
}
