using OfficeOpenXml;

namespace Dlict.Reports.Workbooks;

/// <summary>
/// A4 landscape, one page wide between 12.7 mm margins, the office and cycle in the page header, page numbers in the
/// footer; header and footer keep their size however much the page is scaled.
/// </summary>
public static class PrintSetup
{
    public static void Apply(ExcelWorksheet sheet, string header)
    {
        var printer = sheet.PrinterSettings;
        printer.PaperSize = ePaperSize.A4;
        printer.Orientation = eOrientation.Landscape;
        printer.FitToPage = true;
        printer.FitToWidth = 1;
        printer.FitToHeight = 0;
        printer.LeftMargin = printer.RightMargin = 0.5;
        sheet.HeaderFooter.ScaleWithDocument = false;
        sheet.HeaderFooter.OddHeader.CenteredText = header.Replace("&", "&&", StringComparison.Ordinal);
        sheet.HeaderFooter.OddFooter.RightAlignedText =
            $"หน้า {ExcelHeaderFooter.PageNumber} / {ExcelHeaderFooter.NumberOfPages}";
    }
}
