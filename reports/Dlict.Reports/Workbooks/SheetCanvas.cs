using OfficeOpenXml;
using OfficeOpenXml.Table;

namespace Dlict.Reports.Workbooks;

/// <summary>
/// Lays out one sheet: title and subtitle, then tables stacked downwards (each with a caption above it, an Excel
/// table with its own filter), charts under the tables; frozen rows down to the first table's header,
/// A4 landscape fit to width with the office and cycle in the page header.
/// </summary>
public sealed class SheetCanvas
{
    public const int FirstHeaderRow = 4;
    private const int MeasuredRows = 500;

    private readonly ReportContext _context;
    private readonly List<(int Row, int Column, string Text)> _captions = [];
    private int _nextRow = FirstHeaderRow - 1;
    private readonly List<double> _needs = [];
    private readonly Dictionary<int, double[]> _rowNeeds = [];

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
            TableLook.Header(Sheet.Cells[header, c + 1].Style, columns[c].IsNumeric);
            var data = Sheet.Cells[header + 1, c + 1, header + rows.Count, c + 1];
            TableLook.Body(data.Style, columns[c].IsNumeric);
            if (columns[c].Format is { } format) data.Style.Numberformat.Format = format;
            Need(c, TextWidth.Header(columns[c].Header));
        }
        _rowNeeds[header] = columns.Select(c => TextWidth.Of(c.Header)).ToArray();
        for (var r = 0; r < rows.Count; r++)
            for (var c = 0; c < columns.Count; c++)
            {
                var value = columns[c].Value(rows[r]);
                SafeCell.Set(Sheet.Cells[header + 1 + r, c + 1], value);
                var width = TextWidth.Of(TextWidth.Printed(value, columns[c].Format));
                if (r < MeasuredRows) Need(c, width);
                if (!_rowNeeds.TryGetValue(header + 1 + r, out var line)) _rowNeeds[header + 1 + r] = line = new double[columns.Count];
                line[c] = width;
            }
        var table = Sheet.Tables.Add(Sheet.Cells[header, 1, header + rows.Count, columns.Count], tableName);
        table.TableStyle = TableStyles.Medium2;
        table.ShowFilter = true;
        var block = new TableBlock(Sheet, header, 1, rows.Count, columns.Count);
        _nextRow = block.LastRow + 2;
        return block;
    }

    /// <summary>Column <paramref name="column"/> (0-based) needs at least <paramref name="width"/> units.</summary>
    private void Need(int column, double width)
    {
        while (_needs.Count <= column) _needs.Add(0);
        _needs[column] = Math.Max(_needs[column], width);
    }

    /// <summary>A caption with a one-line note under it (used for "no data yet").</summary>
    public void Note(string caption, string note)
    {
        _captions.Add((_nextRow, 1, caption));
        SafeCell.Set(Sheet.Cells[_nextRow + 1, 1], note);
        Sheet.Cells[_nextRow + 1, 1].Style.Font.Italic = true;
        _nextRow += 3;
    }

    /// <summary>
    /// The top-left cell (row, column) for the next chart of <paramref name="heightRows"/> rows: below the tables, not
    /// beside them, so that the page is only as wide as the tables and prints at a readable size; each on a new page,
    /// so that no page break cuts a chart in two.
    /// </summary>
    public (int Row, int Column) NextChartAnchor(int heightRows = 20)
    {
        Sheet.Row(_nextRow - 1).PageBreak = true;
        var anchor = (_nextRow, 1);
        _nextRow += heightRows + 1;
        return anchor;
    }

    /// <summary>Sets the column widths, writes the captions (after, so long captions do not widen columns) and freezes the header.</summary>
    public void Finish()
    {
        var widths = TableLook.Widths(_needs);
        for (var c = 0; c < widths.Length; c++) Sheet.Column(c + 1).Width = widths[c];
        foreach (var (row, needs) in _rowNeeds)
            if (TableLook.RowHeight(needs, widths) is { } height) Sheet.Row(row).Height = height;
        foreach (var (row, column, text) in _captions)
        {
            SafeCell.Set(Sheet.Cells[row, column], text);
            Sheet.Cells[row, column].Style.Font.Bold = true;
        }
        Sheet.View.FreezePanes(FirstHeaderRow + 1, 1);
    }
}
