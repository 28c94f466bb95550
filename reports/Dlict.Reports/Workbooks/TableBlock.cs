using OfficeOpenXml;

namespace Dlict.Reports.Workbooks;

/// <summary>Where a table landed on its sheet, so charts can point at its columns.</summary>
public sealed record TableBlock(ExcelWorksheet Sheet, int HeaderRow, int FirstColumn, int RowCount, int ColumnCount)
{
    public int FirstDataRow => HeaderRow + 1;

    public int LastRow => HeaderRow + RowCount;

    /// <summary>The header cell of column <paramref name="index"/> (0-based).</summary>
    public ExcelRange Header(int index) => Sheet.Cells[HeaderRow, FirstColumn + index];

    /// <summary>The data cells of column <paramref name="index"/> (0-based), at most <paramref name="maxRows"/> of them.</summary>
    public ExcelRange Data(int index, int maxRows = int.MaxValue) =>
        Sheet.Cells[FirstDataRow, FirstColumn + index, HeaderRow + Math.Min(RowCount, maxRows), FirstColumn + index];
}
