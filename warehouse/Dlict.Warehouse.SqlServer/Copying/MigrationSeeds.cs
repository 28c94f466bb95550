using System.Text.RegularExpressions;

namespace Dlict.Warehouse.SqlServer.Copying;

/// <summary>
/// The tables the T-SQL migrations insert rows into themselves (reference data such as dim_date, dim_grade). A
/// migration that moves a table's own rows through a session temp table while re-creating it (0007: INSERT INTO
/// fact_student … FROM #fact_student_0003) seeds nothing and does not count.
/// </summary>
public static partial class MigrationSeeds
{
    public static IReadOnlySet<string> Tables() =>
        ScriptCatalogue.Read(typeof(SqlServerWarehouse).Assembly)
            .SelectMany(script => InsertInto().Matches(script.Sql).Select(m => m.Groups["table"].Value))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"\bINSERT\s+INTO\s+(?:\[?dbo\]?\.)?\[?(?<table>[A-Za-z_][A-Za-z0-9_]*)\]?(?![^;]*\bFROM\s+#)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InsertInto();
}
