using System.Globalization;

namespace Dlict.Reports.Workbooks;

/// <summary>One line of the executive summary: a figure, its unit, how it compares, where it comes from.</summary>
public sealed record Kpi(string Label, object? Value, string Unit, string Comparison, string Source, string? Format = null)
{
    public static Kpi Count(string label, long? value, string unit, string comparison, string source) =>
        new(label, value is null ? ReportContext.NoData : value, value is null ? "" : unit, comparison, source, TableColumn<Kpi>.CountFormat);

    public static Kpi Rate(string label, double? value, string comparison, string source) =>
        new(label, value is null ? ReportContext.NoData : value, value is null ? "" : "%", comparison, source, TableColumn<Kpi>.RateFormat);

    /// <summary>The value as the workbook's number format shows it (<c>#,##0</c>, <c>0.0</c>), or its text ("ยังไม่มีข้อมูล").</summary>
    public string Text => Value is IFormattable number ? number.ToString(Format, CultureInfo.InvariantCulture) : Value?.ToString() ?? "";
}
