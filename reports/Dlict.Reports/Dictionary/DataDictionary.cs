using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Dlict.Reports.Dictionary;

/// <summary>A column of a public view: its Thai label and English definition.</summary>
public sealed record DictionaryColumn(string Name, string LabelTh, string Definition);

/// <summary>A public reporting view: Thai label, grain, whether the migrations build it yet, an example query, its columns.</summary>
public sealed record DictionaryView(string Name, string LabelTh, string Grain, bool Built, string ExampleQuery, IReadOnlyList<DictionaryColumn> Columns);

/// <summary>
/// The one source of truth for the warehouse's public views (warehouse.md): docs/data-dictionary.md is generated
/// from it, and a test checks it against the views a migrated warehouse really has.
/// </summary>
[SuppressMessage("Naming", "CA1711", Justification = "A data dictionary is the domain term, not a collection type.")]
public static class DataDictionary
{
    public static readonly IReadOnlyList<DictionaryView> Views =
        [
            .. SchoolViews.All, .. SubmissionViews.All, .. QualityViews.All, .. StudentViews.All,
            .. OperationsDictionary.All, .. DltvViews.All, .. LineageViews.All,
        ];

    public static DictionaryView? Find(string view) => Views.FirstOrDefault(v => v.Name == view);

    internal static DictionaryColumn C(string name, string labelTh, string definition) => new(name, labelTh, definition);

    /// <summary>The text of docs/data-dictionary.md.</summary>
    public static string ToMarkdown()
    {
        var md = new StringBuilder();
        md.Append("# Data dictionary (พจนานุกรมข้อมูล)\n\n");
        md.Append("Generated from `Dlict.Reports.Dictionary.DataDictionary` — do not edit by hand; a test keeps this file equal to the code.\n");
        md.Append("The reporting views are the public contract of the warehouse (SQLite and SQL Server alike). ");
        md.Append("Codes are text, counts integers, rates percentages 0–100 rounded half away from zero to one decimal, dates ISO CE.\n\n");
        md.Append("| view | ชื่อภาษาไทย | grain | status |\n| --- | --- | --- | --- |\n");
        foreach (var view in Views)
            md.Append($"| [`{view.Name}`](#{view.Name}) | {view.LabelTh} | {view.Grain} | {Status(view)} |\n");
        foreach (var view in Views)
        {
            md.Append($"\n## {view.Name}\n\n{view.LabelTh} — one row per {view.Grain}. Status: {Status(view)}.\n\n");
            md.Append("| column | ชื่อภาษาไทย | definition |\n| --- | --- | --- |\n");
            foreach (var column in view.Columns)
                md.Append($"| `{column.Name}` | {column.LabelTh} | {column.Definition.Replace("|", "\\|", StringComparison.Ordinal)} |\n");
            md.Append("\nExample:\n\n```sql\n").Append(view.ExampleQuery.Trim()).Append("\n```\n");
        }
        return md.ToString();
    }

    private static string Status(DictionaryView view) => view.Built ? "built" : "planned (not built yet)";
}
