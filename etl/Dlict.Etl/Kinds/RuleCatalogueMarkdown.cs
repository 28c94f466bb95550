using System.Text;

using Dlict.Etl.Validation;

namespace Dlict.Etl.Kinds;

/// <summary>docs/validation-rules.md, generated from <see cref="KindCatalogue.Rules"/> so the document cannot drift from the code.</summary>
public static class RuleCatalogueMarkdown
{
    public static string Generate()
    {
        var text = new StringBuilder();
        text.Append("# Validation rules (กฎการตรวจสอบข้อมูล)\n\n");
        text.Append("Generated from each kind's `etl/Dlict.Etl/Kinds/<Kind>/Rules.cs` by `RuleCatalogueMarkdown.Generate()`; a test keeps this file equal to it.\n");
        text.Append("Codes are stable: never renumbered, only added. An `error` skips the row (one `etl_reject` row per problem);\n");
        text.Append("a `warning` keeps the row and reports it. The Thai message is what schools see in the completeness workbook.\n\n");
        text.Append("| code | kind | severity | ข้อความ (Thai) | message (English) |\n");
        text.Append("| --- | --- | --- | --- | --- |\n");
        foreach (var rule in KindCatalogue.Rules)
        {
            var severity = rule.Severity == Severity.Error ? "error" : "warning";
            text.Append($"| {rule.Code} | {KindCatalogue.KindOf(rule)?.Schema.Name ?? "every file"} | {severity} | {Escape(rule.Thai)} | {Escape(rule.English)} |\n");
        }
        return text.ToString();
    }

    private static string Escape(string cell) => cell.Replace("|", "\\|", StringComparison.Ordinal);
}
