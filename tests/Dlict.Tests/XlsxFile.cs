using OfficeOpenXml;

namespace Dlict.Tests;

/// <summary>Builds a small xlsx in memory for a test (EPPlus, non-commercial licence).</summary>
public static class XlsxFile
{
    public static byte[] Build(Action<ExcelWorksheet> fill, string sheetName = "Sheet1")
    {
        ExcelPackage.License.SetNonCommercialOrganization("DLICT Analytics tests");
        using var package = new ExcelPackage();
        fill(package.Workbook.Worksheets.Add(sheetName));
        return package.GetAsByteArray();
    }
}
