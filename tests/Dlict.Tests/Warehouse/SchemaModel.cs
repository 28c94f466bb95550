namespace Dlict.Tests.Warehouse;

/// <summary>The family a column type belongs to, so SQLite's loose types can be compared with T-SQL's.</summary>
public enum TypeFamily
{
    Integer,
    Text,
    Date,
    Decimal,
    Binary,
    Other,
}

public sealed record ColumnInfo(string Name, TypeFamily Family, string DeclaredType);

/// <summary>Tables (columns with type families) and views (output columns, in order) of one dialect.</summary>
public sealed class SchemaModel
{
    public Dictionary<string, List<ColumnInfo>> Tables { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, List<string>> Views { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Not part of the schema: DbUp's journal and SQLite's own tables.</summary>
    public static bool IsIgnored(string name) =>
        name.Equals("schema_versions", StringComparison.OrdinalIgnoreCase) ||
        name.StartsWith("sqlite_", StringComparison.OrdinalIgnoreCase);
}
