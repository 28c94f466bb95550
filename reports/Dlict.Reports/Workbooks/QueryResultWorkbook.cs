using System.Data;
using OfficeOpenXml;
using OfficeOpenXml.Table;

namespace Dlict.Reports.Workbooks;

/// <summary>A query result as a formatted Excel table: bold frozen header, filter, auto width, numbers right-aligned.</summary>
public static class QueryResultWorkbook
{
    private const int MaxRows = 1_048_575;

    public static int Write(IDataReader reader, string path, string title)
    {
        EpplusLicence.Ensure();
        using var package = new ExcelPackage();
        var sheet = package.Workbook.Worksheets.Add("ผลลัพธ์");
        for (var c = 0; c < reader.FieldCount; c++) sheet.Cells[1, c + 1].Value = reader.GetName(c);
        var row = 1;
        while (row < MaxRows && reader.Read())
        {
            row++;
            for (var c = 0; c < reader.FieldCount; c++) SafeCell.Set(sheet.Cells[row, c + 1], reader.IsDBNull(c) ? null : reader.GetValue(c));
        }
        var columns = Math.Max(1, reader.FieldCount);
        var table = sheet.Tables.Add(sheet.Cells[1, 1, Math.Max(row, 2), columns], "result");
        table.TableStyle = TableStyles.Medium2;
        sheet.View.FreezePanes(2, 1);
        sheet.Cells[1, 1, 1, columns].Style.Font.Bold = true;
        sheet.Cells[1, 1, row, columns].AutoFitColumns(8, 60);
        package.Workbook.Properties.Title = title.Length > 250 ? title[..250] : title;
        package.SaveAs(new FileInfo(path));
        return row - 1;
    }
}
