using Dapper;
using Dlict.Warehouse.Sqlite;

namespace Dlict.Tests.Warehouse;

/// <summary>The schema of a freshly migrated SQLite warehouse, from sqlite_master and pragma_table_info.</summary>
public static class SqliteSchemaReader
{
    public static SchemaModel ReadMigrated()
    {
        using var dir = new TempDir();
        var warehouse = SqliteWarehouse.ForFile(dir.File("parity.db"));
        var result = warehouse.Migrate(dryRun: false);
        if (!result.Successful) throw new InvalidOperationException(result.Error);
        using var connection = warehouse.OpenReadOnly();

        var model = new SchemaModel();
        var objects = connection.Query<(string Type, string Name)>(
            "SELECT type, name FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY name");
        foreach (var (type, name) in objects)
        {
            if (SchemaModel.IsIgnored(name)) continue;
            var columns = connection.Query<(string Name, string Type)>(
                "SELECT name, type FROM pragma_table_info(@name) ORDER BY cid", new { name }).ToList();
            if (type == "view")
                model.Views[name] = columns.Select(c => c.Name).ToList();
            else
                model.Tables[name] = columns.Select(c => new ColumnInfo(c.Name, Family(c.Type), c.Type)).ToList();
        }
        return model;
    }

    /// <summary>SQLite's type affinity rules, reduced to the families the parity test compares.</summary>
    public static TypeFamily Family(string declared)
    {
        var type = declared.ToUpperInvariant();
        if (type.Contains("INT", StringComparison.Ordinal)) return TypeFamily.Integer;
        if (type.Contains("CHAR", StringComparison.Ordinal) || type.Contains("CLOB", StringComparison.Ordinal) || type.Contains("TEXT", StringComparison.Ordinal))
            return TypeFamily.Text;
        if (type.Contains("REAL", StringComparison.Ordinal) || type.Contains("FLOA", StringComparison.Ordinal) || type.Contains("DOUB", StringComparison.Ordinal) ||
            type.Contains("NUMERIC", StringComparison.Ordinal) || type.Contains("DECIMAL", StringComparison.Ordinal))
            return TypeFamily.Decimal;
        if (type.Contains("BLOB", StringComparison.Ordinal)) return TypeFamily.Binary;
        return TypeFamily.Other;
    }
}
