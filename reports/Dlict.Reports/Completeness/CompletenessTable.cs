using Dlict.Reports.Workbooks;
using OfficeOpenXml;
using OfficeOpenXml.Style;

namespace Dlict.Reports.Completeness;

/// <summary>
/// A plain table on a sheet: bold header row, the rows under it through <see cref="StreamedRows"/> (SafeCell's rules),
/// filter, frozen header.
/// </summary>
internal static class CompletenessTable
{
    private const int MeasuredRows = 500;

    /// <summary>
    /// Writes the header at <paramref name="headerRow"/> and the rows under it; returns the last row written. Columns are
    /// as wide as their first rows need (<see cref="TableLook.Widths"/>); the body's look is the column style, which the
    /// streamed cells take too.
    /// </summary>
    public static int Write<T>(ExcelWorksheet sheet, int headerRow, IReadOnlyList<(string Header, Func<T, object?> Value)> columns, IEnumerable<T> rows,
        StreamedRows body)
    {
        var needs = columns.Select(c => TextWidth.Header(c.Header)).ToArray();
        var numeric = new bool?[columns.Count];
        var fractions = new bool[columns.Count];
        var rowNeeds = new List<double[]> { columns.Select(c => TextWidth.Of(c.Header)).ToArray() };
        var row = body.Add(sheet, headerRow + 1, rows.Select(item =>
        {
            var values = new object?[columns.Count];
            for (var c = 0; c < values.Length; c++) values[c] = columns[c].Value(item);
            rowNeeds.Add(Measure(values, rowNeeds.Count <= MeasuredRows ? needs : null, numeric));
            for (var c = 0; c < values.Length; c++) fractions[c] |= values[c] is double or float or decimal;
            return values;
        }));
        var widths = TableLook.Widths(needs);
        // The header is EPPlus's row; the body's heights go into the streamed rows' tags (no EPPlus row per wrapped line).
        if (TableLook.RowHeight(rowNeeds[0], widths) is { } headerHeight) sheet.Row(headerRow).Height = headerHeight;
        for (var r = 1; r < rowNeeds.Count; r++)
            if (TableLook.RowHeight(rowNeeds[r], widths) is { } height) body.SetHeight(sheet, headerRow + r, height);
        for (var c = 0; c < columns.Count; c++)
        {
            sheet.Column(c + 1).Width = widths[c];
            TableLook.Body(sheet.Column(c + 1).Style, numeric[c] == true);
            // One format per column: rates (fractions) with one decimal, counts with thousands separators.
            if (numeric[c] == true) sheet.Column(c + 1).Style.Numberformat.Format = fractions[c] ? TableColumn<object>.RateFormat : TableColumn<object>.CountFormat;
            sheet.Cells[headerRow, c + 1].Value = columns[c].Header;
            TableLook.Header(sheet.Cells[headerRow, c + 1].Style, numeric[c] == true);
        }
        // The title lines above the table are not table cells.
        var title = sheet.Cells[1, 1, headerRow - 1, columns.Count].Style;
        title.Border.Top.Style = title.Border.Bottom.Style = title.Border.Left.Style = title.Border.Right.Style = ExcelBorderStyle.None;
        title.WrapText = false;
        if (row > headerRow) sheet.Cells[headerRow, 1, row, columns.Count].AutoFilter = true;
        sheet.View.FreezePanes(headerRow + 1, 1);
        return row;
    }

    /// <summary>The printed width of each value; widens <paramref name="needs"/> (while measuring) and notes which columns hold numbers.</summary>
    private static double[] Measure(object?[] values, double[]? needs, bool?[] numeric)
    {
        var widths = new double[values.Length];
        for (var c = 0; c < values.Length; c++)
        {
            if (values[c] is null) continue;
            var isNumber = values[c] is not string;
            numeric[c] = (numeric[c] ?? true) && isNumber;
            widths[c] = TextWidth.Of(TextWidth.Printed(values[c], isNumber ? "#,##0.#" : null));
            if (needs is not null) needs[c] = Math.Max(needs[c], widths[c]);
        }
        return widths;
    }

    /// <summary>The title lines above a table: office, what, cycle, deadline, as-of, generated time.</summary>
    public static int Title(ExcelWorksheet sheet, CompletenessRequest request, CompletenessData data, string what)
    {
        var office = request.OfficeName ?? Queries.OfficeName.Neutral;
        SafeCell.Set(sheet.Cells[1, 1], office);
        sheet.Cells[1, 1].Style.Font.Bold = true;
        SafeCell.Set(sheet.Cells[2, 1], $"{what} รอบ {data.Cycle}");
        var deadline = data.Deadline is { } d ? ThaiDate.Format(d) : "—";
        var asOf = data.AsOf is { } a ? $" · สถานะ ณ สิ้นวันที่ {ThaiDate.Format(a)}" : "";
        SafeCell.Set(sheet.Cells[3, 1], $"กำหนดส่ง {deadline}{asOf} · จัดทำเมื่อ {ThaiDate.FormatWithTime(request.GeneratedAt)}");
        PrintSetup.Apply(sheet, $"{office} — {what} รอบ {data.Cycle}");
        return 5;
    }
}
