using Dlict.Etl.Reading;
using Dlict.Etl.Sources;
using Dlict.Etl.Validation;
using Dlict.Etl.Values;

namespace Dlict.Etl.Kinds.Enrolment;

/// <summary>
/// The checks of the wide DMC form that are not stored: each subtotal group (รวมประถม …) against its grades,
/// and the totals row (รวม / รวมทั้งสิ้น, or a last row with blank key columns) against the column sums.
/// </summary>
public sealed class WideTotals(WideEnrolmentLayout layout, string? sheet)
{
    private static readonly string[] TotalsLabels = ["รวม", "รวมทั้งสิ้น", "รวมทั้งหมด", "total"];
    private readonly Dictionary<int, long> _columnSums = [];

    public bool IsTotalsRow(RawRow row)
    {
        var keys = layout.KeyColumns.Where(k => k.Key is "school_code" or "school_name").Select(k => ThaiText.Clean(row[k.Value])).ToList();
        return keys.All(k => k is null) || keys.Any(k => k is not null && TotalsLabels.Contains(k, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>Adds a school row to the column sums and checks its subtotals.</summary>
    public void AddSchoolRow(RawRow row, Action<Reject> report)
    {
        foreach (var column in MeasureColumns())
            if (Value(row, column) is { } v) _columnSums[column] = _columnSums.GetValueOrDefault(column) + v;

        foreach (var subtotal in layout.Subtotals)
        {
            var grades = layout.Grades.Where(g => subtotal.GradesCovered.Contains(g.Grade)).ToList();
            Check(row, subtotal.Male, grades.Select(g => g.Male), report, Rules.SubtotalMismatch);
            Check(row, subtotal.Female, grades.Select(g => g.Female), report, Rules.SubtotalMismatch);
            Check(row, subtotal.Total, grades.Select(g => g.Total), report, Rules.SubtotalMismatch);
            Check(row, subtotal.Rooms, grades.Select(g => g.Rooms), report, Rules.SubtotalMismatch);
        }
    }

    /// <summary>Checks the totals row against the sums of the school rows above it.</summary>
    public void CheckTotalsRow(RawRow row, Action<Reject> report)
    {
        foreach (var column in MeasureColumns())
        {
            var given = Value(row, column);
            var sum = _columnSums.GetValueOrDefault(column);
            if (given is not null && given != sum)
                report(new Reject(Rules.TotalsRowMismatch, sheet, row.RowNumber, Header(column), row[column], $"ผลรวม/sum = {sum}"));
        }
    }

    private void Check(RawRow row, int? subtotalColumn, IEnumerable<int?> parts, Action<Reject> report, Rule rule)
    {
        if (subtotalColumn is not { } c || Value(row, c) is not { } given) return;
        var sum = parts.Sum(p => p is { } pc ? Value(row, pc) ?? 0 : 0);
        if (given != sum) report(new Reject(rule, sheet, row.RowNumber, Header(c), row[c], $"ผลรวม/sum = {sum}"));
    }

    private IEnumerable<int> MeasureColumns() =>
        layout.Grades.Cast<MeasureColumns>().Concat(layout.Subtotals)
            .SelectMany(m => new[] { m.Male, m.Female, m.Total, m.Rooms })
            .OfType<int>();

    private string Header(int column) => layout.Headers.ElementAtOrDefault(column) ?? $"#{column + 1}";

    private static long? Value(RawRow row, int column) =>
        NumberParser.TryParseInteger(row[column], out var v) ? v : null;
}
