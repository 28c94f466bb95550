using System.Text.RegularExpressions;

namespace Dlict.Warehouse.SqlServer;

/// <summary>
/// The T-SQL of a bulk load: a session temp table <c>#stg_&lt;table&gt;</c> shaped like the target columns,
/// then one INSERT…SELECT into the target. Names are checked (letters, digits, underscore) and bracket-quoted,
/// so no caller text is ever spliced into SQL unchecked.
/// </summary>
public static partial class StagingSql
{
    public static string StagingTable(string table) => "#stg_" + CheckName(table);

    /// <summary><c>[a], [b], [c]</c>.</summary>
    public static string ColumnList(IReadOnlyList<string> columns)
    {
        if (columns.Count == 0) throw new ArgumentException("At least one column is needed.", nameof(columns));
        return string.Join(", ", columns.Select(Quote));
    }

    /// <summary>Drops a leftover staging table, then creates it empty with the target's column types.</summary>
    public static string CreateStaging(string table, IReadOnlyList<string> columns)
    {
        var staging = StagingTable(table);
        return $"DROP TABLE IF EXISTS {staging};\n" +
               $"SELECT TOP (0) {ColumnList(columns)} INTO {staging} FROM {Quote(table)};";
    }

    /// <summary>Moves the staged rows into the target in one set-based statement.</summary>
    public static string InsertFromStaging(string table, IReadOnlyList<string> columns)
    {
        var list = ColumnList(columns);
        return $"INSERT INTO {Quote(table)} ({list})\nSELECT {list} FROM {StagingTable(table)};";
    }

    public static string DropStaging(string table) => $"DROP TABLE IF EXISTS {StagingTable(table)};";

    public static string Quote(string name) => "[" + CheckName(name) + "]";

    private static string CheckName(string name) =>
        name is not null && Identifier().IsMatch(name)
            ? name
            : throw new ArgumentException($"Not a plain SQL identifier: '{name}'.", nameof(name));

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,115}$", RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();
}
