using System.Text.RegularExpressions;

namespace Dlict.Warehouse.SqlServer.Copying;

/// <summary>
/// The tables the T-SQL migrations insert rows into themselves (reference data such as dim_date, dim_grade). A
/// migration that moves rows the loads wrote (from a session temp table, 0007, or from another fact table, 0009:
/// INSERT INTO fact_roster_count … FROM fact_student) seeds nothing and does not count.
/// </summary>
public static partial class MigrationSeeds
{
    public static IReadOnlySet<string> Tables() =>
        ScriptCatalogue.Read(typeof(SqlServerWarehouse).Assembly)
            .SelectMany(script => InsertInto().Matches(script.Sql).Select(m => m.Groups["table"].Value))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"\bINSERT\s+INTO\s+(?:\[?dbo\]?\.)?\[?(?<table>[A-Za-z_][A-Za-z0-9_]*)\]?(?![^;]*\bFROM\s+(?:#|(?:\[?dbo\]?\.)?\[?fact_))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InsertInto();
}
