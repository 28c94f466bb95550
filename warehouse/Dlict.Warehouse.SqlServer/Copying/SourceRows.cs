using System.Data.Common;
using Dlict.Warehouse.Copying;

namespace Dlict.Warehouse.SqlServer.Copying;

/// <summary>Streams one SQLite table's rows, each value converted for its target column (<see cref="CopyValues"/>).</summary>
public static class SourceRows
{
    public static string Select(CopyTable table) =>
        $"SELECT {string.Join(", ", table.Columns.Select(Quote))} FROM {Quote(table.Name)}";

    public static IEnumerable<object?[]> Read(DbConnection sqlite, CopyTable table, IReadOnlyList<string> targetTypes)
    {
        using var command = sqlite.CreateCommand();
        command.CommandText = Select(table);
        using var reader = command.ExecuteReader();
        var raw = new object[reader.FieldCount];
        while (reader.Read())
        {
            reader.GetValues(raw);
            var row = new object?[raw.Length];
            for (var i = 0; i < raw.Length; i++) row[i] = CopyValues.ToTarget(raw[i], targetTypes[i]);
            yield return row;
        }
    }

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
