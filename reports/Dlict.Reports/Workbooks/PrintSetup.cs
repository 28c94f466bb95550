using OfficeOpenXml;

namespace Dlict.Reports.Workbooks;

/// <summary>A4 landscape, one page wide, the office and cycle in the page header, page numbers in the footer.</summary>
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
        sheet.HeaderFooter.OddHeader.CenteredText = header.Replace("&", "&&", StringComparison.Ordinal);
        sheet.HeaderFooter.OddFooter.RightAlignedText =
            $"หน้า {ExcelHeaderFooter.PageNumber} / {ExcelHeaderFooter.NumberOfPages}";
    }
}
