using System.Text.RegularExpressions;

namespace Dlict.Tests.Architecture;

/// <summary>
/// INSERT/UPDATE/DELETE/MERGE in a string literal of a .cs file, or in a .sql file, outside a folder named Kinds,
/// Loading or Queries. Migrations (folders named Migrations) create the schema and are exempt. Keywords are matched
/// in upper case, as this code base writes SQL, so that English ("delete from the inbox") is not taken for SQL.
/// </summary>
public static partial class DmlRule
{
    private static readonly string[] Homes = ["Kinds", "Loading", "Queries"];

    public static bool IsExempt(string path)
    {
        var folders = path.Split('/')[..^1];
        return folders.Contains("Migrations") || folders.Any(Homes.Contains);
    }

    /// <summary>"path:line statement" for every DML statement of <paramref name="file"/> outside the homes.</summary>
    public static IEnumerable<string> Offences(SourceFile file)
    {
        if (IsExempt(file.Path)) yield break;
        foreach (var (line, text) in file.Literals)
            foreach (Match m in Statement().Matches(text))
                yield return $"{file.Where(line + text[..m.Index].Count(c => c == '\n'))} {m.Groups[1].Value}";
    }

    /// <summary>A .sql file as one literal starting on line 1.</summary>
    public static SourceFile Sql(string path, string text) => new(path, "\"\"\"" + text.Replace("\"\"\"", "'''", StringComparison.Ordinal) + "\"\"\"");

    [GeneratedRegex(@"\b(INSERT\s+INTO|UPDATE\s+[\w.\[\]{}]+\s+SET|DELETE\s+FROM|MERGE\s+(?:INTO\s+)?[\w.\[\]{}]+\s+(?:AS\s+\w+\s+)?USING)\b")]
    private static partial Regex Statement();
}
