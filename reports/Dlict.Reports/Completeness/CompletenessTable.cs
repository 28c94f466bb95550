using Dlict.Reports.Workbooks;
using OfficeOpenXml;

namespace Dlict.Reports.Completeness;

/// <summary>
/// A plain table on a sheet: bold header row, the rows under it through <see cref="StreamedRows"/> (SafeCell's rules),
/// filter, frozen header.
/// </summary>
internal static class CompletenessTable
{
    /// <summary>Writes the header at <paramref name="headerRow"/> and the rows under it; returns the last row written.</summary>
    public static int Write<T>(ExcelWorksheet sheet, int headerRow, IReadOnlyList<(string Header, Func<T, object?> Value)> columns, IEnumerable<T> rows,
        StreamedRows body)
    {
        for (var c = 0; c < columns.Count; c++) sheet.Cells[headerRow, c + 1].Value = columns[c].Header;
        sheet.Cells[headerRow, 1, headerRow, columns.Count].Style.Font.Bold = true;
        var row = body.Add(sheet, headerRow + 1, rows.Select(item =>
        {
            var values = new object?[columns.Count];
            for (var c = 0; c < values.Length; c++) values[c] = columns[c].Value(item);
            return values;
        }));
        if (row > headerRow) sheet.Cells[headerRow, 1, row, columns.Count].AutoFilter = true;
        sheet.View.FreezePanes(headerRow + 1, 1);
        for (var c = 1; c <= columns.Count; c++) sheet.Column(c).Width = Math.Clamp(columns[c - 1].Header.Length + 6, 12, 60);
        return row;
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
