using System.Text;

namespace Dlict.Etl.Validation;

/// <summary>docs/validation-rules.md, generated from <see cref="Rules.All"/> so the document cannot drift from the code.</summary>
public static class RuleCatalogueMarkdown
{
    public static string Generate()
    {
        var text = new StringBuilder();
        text.Append("# Validation rules (กฎการตรวจสอบข้อมูล)\n\n");
        text.Append("Generated from `etl/Dlict.Etl/Validation/Rules.cs` by `RuleCatalogueMarkdown.Generate()`; a test keeps this file equal to it.\n");
        text.Append("Codes are stable: never renumbered, only added. An `error` skips the row (one `etl_reject` row per problem);\n");
        text.Append("a `warning` keeps the row and reports it. The Thai message is what schools see in the completeness workbook.\n\n");
        text.Append("| code | kind | severity | ข้อความ (Thai) | message (English) |\n");
        text.Append("| --- | --- | --- | --- | --- |\n");
        foreach (var rule in Rules.All)
        {
            var severity = rule.Severity == Severity.Error ? "error" : "warning";
            text.Append($"| {rule.Code} | {rule.Kind} | {severity} | {Escape(rule.Thai)} | {Escape(rule.English)} |\n");
        }
        return text.ToString();
    }

    private static string Escape(string cell) => cell.Replace("|", "\\|", StringComparison.Ordinal);
}
