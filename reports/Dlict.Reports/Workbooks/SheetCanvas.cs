using OfficeOpenXml;
using OfficeOpenXml.Table;

namespace Dlict.Reports.Workbooks;

/// <summary>
/// Lays out one sheet: title and subtitle, then tables stacked downwards (each with a caption above it, an Excel
/// table with its own filter), charts to the right of the tables; frozen rows down to the first table's header,
/// A4 landscape fit to width with the office and cycle in the page header.
/// </summary>
public sealed class SheetCanvas
{
    public const int FirstHeaderRow = 4;
    private const int AutoFitRows = 500;

    private readonly ReportContext _context;
    private readonly List<(int Row, int Column, string Text)> _captions = [];
    private int _nextRow = FirstHeaderRow - 1;
    private int _widest = 1;
    private int _chartRow = FirstHeaderRow - 1;

    public SheetCanvas(ExcelPackage package, string name, string title, ReportContext context)
    {
        _context = context;
        Sheet = package.Workbook.Worksheets.Add(name);
        SafeCell.Set(Sheet.Cells[1, 1], title);
        Sheet.Cells[1, 1].Style.Font.Bold = true;
        Sheet.Cells[1, 1].Style.Font.Size = 16;
        SafeCell.Set(Sheet.Cells[2, 1],
            $"{context.Request.OfficeName} · {context.Cycle.ThaiLabel} · ข้อมูล ณ {ThaiDate.FormatWithTime(context.Request.GeneratedAt)}");
        PrintSetup.Apply(Sheet, context.PageHeader);
    }

    public ExcelWorksheet Sheet { get; }

    public ReportContext Context => _context;

    /// <summary>A table, or the note <c>ยังไม่มีข้อมูล</c> when <paramref name="rows"/> is null (view absent) or empty.</summary>
    public TableBlock? Table<T>(string caption, string tableName, IReadOnlyList<T>? rows, IReadOnlyList<TableColumn<T>> columns)
    {
        if (rows is null || rows.Count == 0)
        {
            Note(caption, ReportContext.NoData);
            return null;
        }
        var header = _nextRow + 1;
        _captions.Add((_nextRow, 1, caption));
        for (var c = 0; c < columns.Count; c++)
        {
            SafeCell.Set(Sheet.Cells[header, c + 1], columns[c].Header);
            var data = Sheet.Cells[header + 1, c + 1, header + rows.Count, c + 1];
            if (columns[c].Format is { } format) data.Style.Numberformat.Format = format;
        }
        for (var r = 0; r < rows.Count; r++)
            for (var c = 0; c < columns.Count; c++)
                SafeCell.Set(Sheet.Cells[header + 1 + r, c + 1], columns[c].Value(rows[r]));
        var table = Sheet.Tables.Add(Sheet.Cells[header, 1, header + rows.Count, columns.Count], tableName);
        table.TableStyle = TableStyles.Medium2;
        table.ShowFilter = true;
        var block = new TableBlock(Sheet, header, 1, rows.Count, columns.Count);
        AutoFit(header, header + Math.Min(rows.Count, AutoFitRows), columns.Count);
        _widest = Math.Max(_widest, columns.Count);
        _nextRow = block.LastRow + 2;
        return block;
    }

    /// <summary>Fits columns to this table without shrinking them below what an earlier table needed.</summary>
    private void AutoFit(int fromRow, int toRow, int columns)
    {
        var before = Enumerable.Range(1, columns).Select(c => Sheet.Column(c).Width).ToArray();
        Sheet.Cells[fromRow, 1, toRow, columns].AutoFitColumns(8, 60);
        for (var c = 1; c <= columns; c++)
            if (c <= _widest) Sheet.Column(c).Width = Math.Max(before[c - 1], Sheet.Column(c).Width);
    }

    /// <summary>A caption with a one-line note under it (used for "no data yet").</summary>
    public void Note(string caption, string note)
    {
        _captions.Add((_nextRow, 1, caption));
        SafeCell.Set(Sheet.Cells[_nextRow + 1, 1], note);
        Sheet.Cells[_nextRow + 1, 1].Style.Font.Italic = true;
        _nextRow += 3;
    }

    /// <summary>The top-left cell (row, column) for the next chart of <paramref name="heightRows"/> rows.</summary>
    public (int Row, int Column) NextChartAnchor(int heightRows = 20)
    {
        var anchor = (_chartRow, _widest + 2);
        _chartRow += heightRows + 1;
        return anchor;
    }

    /// <summary>Writes the captions (after autofit, so long captions do not widen columns) and freezes the header.</summary>
    public void Finish()
    {
        foreach (var (row, column, text) in _captions)
        {
            SafeCell.Set(Sheet.Cells[row, column], text);
            Sheet.Cells[row, column].Style.Font.Bold = true;
        }
        Sheet.View.FreezePanes(FirstHeaderRow + 1, 1);
    }
}
