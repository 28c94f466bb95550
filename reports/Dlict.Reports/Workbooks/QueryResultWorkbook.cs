using System.Data;
using OfficeOpenXml;
using OfficeOpenXml.Style;

namespace Dlict.Reports.Workbooks;

/// <summary>
/// A query result as one formatted sheet (<c>dlict sql --format xlsx</c>): title, bold frozen header with a filter,
/// columns fitted to their content, numbers right-aligned, every value written through <see cref="SafeCell"/>.
/// </summary>
public static class QueryResultWorkbook
{
    public const string SheetName = "ผลลัพธ์";
    private const int HeaderRow = 3;
    private const int AutoFitRows = 1000;

    /// <summary>Excel's 1,048,576 rows less the title, the blank line and the header.</summary>
    public const long MaxDataRows = 1_048_576 - HeaderRow;

    /// <summary>Writes everything <paramref name="reader"/> returns; returns the number of data rows.</summary>
    public static long Write(IDataReader reader, string path, string title)
    {
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        return Write(columns, Rows(reader), path, title);
    }

    /// <summary>Writes <paramref name="rows"/> under <paramref name="columns"/>; returns the number of data rows.</summary>
    public static long Write(IReadOnlyList<string> columns, IEnumerable<object?[]> rows, string path, string title)
    {
        EpplusLicence.Ensure();
        using var package = new ExcelPackage();
        var sheet = package.Workbook.Worksheets.Add(SheetName);
        SafeCell.Set(sheet.Cells[1, 1], title);
        sheet.Cells[1, 1].Style.Font.Bold = true;
        sheet.Cells[1, 1].Style.Font.Size = 14;
        var width = Math.Max(columns.Count, 1);
        for (var c = 0; c < columns.Count; c++) SafeCell.Set(sheet.Cells[HeaderRow, c + 1], columns[c]);
        var header = sheet.Cells[HeaderRow, 1, HeaderRow, width];
        header.Style.Font.Bold = true;
        header.Style.Border.Bottom.Style = ExcelBorderStyle.Thin;
        long count = 0;
        var row = HeaderRow;
        foreach (var values in rows)
        {
            row++;
            count++;
            for (var c = 0; c < columns.Count && c < values.Length; c++)
            {
                var cell = sheet.Cells[row, c + 1];
                SafeCell.Set(cell, values[c]);
                if (IsNumber(values[c])) cell.Style.HorizontalAlignment = ExcelHorizontalAlignment.Right;
            }
        }
        sheet.Cells[HeaderRow, 1, row, width].AutoFilter = true;
        sheet.View.FreezePanes(HeaderRow + 1, 1);
        sheet.Cells[HeaderRow, 1, Math.Min(row, HeaderRow + AutoFitRows), width].AutoFitColumns(6, 80);
        PrintSetup.Apply(sheet, title);
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        package.SaveAs(new FileInfo(full));
        return count;
    }

    private static bool IsNumber(object? value) =>
        value is byte or sbyte or short or ushort or int or uint or long or ulong or float or double or decimal;

    private static IEnumerable<object?[]> Rows(IDataReader reader)
    {
        while (reader.Read())
        {
            var values = new object?[reader.FieldCount];
            for (var i = 0; i < values.Length; i++) values[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            yield return values;
        }
    }
}
