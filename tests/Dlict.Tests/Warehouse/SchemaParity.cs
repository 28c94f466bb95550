namespace Dlict.Tests.Warehouse;

/// <summary>Compares the SQLite catalogue with the T-SQL scripts: one line per difference, none when they agree.</summary>
public static class SchemaParity
{
    public static IReadOnlyList<string> Differences(SchemaModel sqlite, SchemaModel tsql)
    {
        var differences = new List<string>();
        CompareNames("table", sqlite.Tables.Keys, tsql.Tables.Keys, differences);
        foreach (var (table, sqliteColumns) in sqlite.Tables.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            if (!tsql.Tables.TryGetValue(table, out var tsqlColumns)) continue;
            CompareNames($"column of {table}", sqliteColumns.Select(c => c.Name), tsqlColumns.Select(c => c.Name), differences);
            foreach (var column in sqliteColumns)
            {
                var other = tsqlColumns.Find(c => c.Name.Equals(column.Name, StringComparison.OrdinalIgnoreCase));
                if (other is not null && !Compatible(column.Family, other.Family))
                    differences.Add($"{table}.{column.Name}: SQLite {column.DeclaredType} ({column.Family}) vs T-SQL {other.DeclaredType} ({other.Family})");
            }
        }

        CompareNames("view", sqlite.Views.Keys, tsql.Views.Keys, differences);
        foreach (var (view, sqliteColumns) in sqlite.Views.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            if (!tsql.Views.TryGetValue(view, out var tsqlColumns)) continue;
            if (!sqliteColumns.SequenceEqual(tsqlColumns, StringComparer.OrdinalIgnoreCase))
                differences.Add($"{view} columns differ: SQLite ({string.Join(", ", sqliteColumns)}) vs T-SQL ({string.Join(", ", tsqlColumns)})");
        }
        return differences;
    }

    /// <summary>SQLite INTEGER ↔ integer types; TEXT ↔ character and date types; REAL/NUMERIC ↔ decimal/float; BLOB ↔ binary.</summary>
    public static bool Compatible(TypeFamily sqlite, TypeFamily tsql) => sqlite switch
    {
        TypeFamily.Integer => tsql == TypeFamily.Integer,
        TypeFamily.Text => tsql is TypeFamily.Text or TypeFamily.Date,
        TypeFamily.Decimal => tsql == TypeFamily.Decimal,
        TypeFamily.Binary => tsql == TypeFamily.Binary,
        _ => false,
    };

    private static void CompareNames(string what, IEnumerable<string> sqlite, IEnumerable<string> tsql, List<string> differences)
    {
        var tsqlSet = new HashSet<string>(tsql, StringComparer.OrdinalIgnoreCase);
        var sqliteSet = new HashSet<string>(sqlite, StringComparer.OrdinalIgnoreCase);
        differences.AddRange(sqliteSet.Where(n => !tsqlSet.Contains(n)).Order(StringComparer.Ordinal).Select(n => $"{what} {n} only in SQLite"));
        differences.AddRange(tsqlSet.Where(n => !sqliteSet.Contains(n)).Order(StringComparer.Ordinal).Select(n => $"{what} {n} only in T-SQL"));
    }
}
