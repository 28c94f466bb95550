using System.Data.Common;
using System.Globalization;
using System.Text;
using Dapper;

namespace Dlict.Etl.Loading;

/// <summary>
/// Updates many rows, each with its own values, in a few set-based statements that SQLite (3.33+) and SQL Server
/// both run unchanged: <c>UPDATE t SET a = v.a FROM (SELECT @r0_0 AS k, @r0_1 AS a UNION ALL SELECT …) AS v
/// WHERE t.k = v.k</c>. No dialect branch, no temp table, no statement per row. Rows per statement stay under
/// SQLite's 500 compound SELECTs and SQL Server's 2,100 parameters.
/// </summary>
public static class ValuesUpdate
{
    public const int MaxParameters = 2000;
    public const int MaxRows = 400;

    /// <summary>How many rows of <paramref name="width"/> values go into one statement.</summary>
    public static int RowsPerStatement(int width) => Math.Max(1, Math.Min(MaxRows, MaxParameters / width));

    /// <summary>The statement for <paramref name="rows"/> rows; each row's values are the key, then <paramref name="columns"/>.</summary>
    public static string Sql(string table, string key, IReadOnlyList<string> columns, int rows)
    {
        var sql = new StringBuilder($"UPDATE {table} SET ");
        sql.AppendJoin(", ", columns.Select(c => $"{c} = v.{c}"));
        sql.Append(" FROM (");
        for (var r = 0; r < rows; r++)
        {
            sql.Append(r == 0 ? "SELECT " : " UNION ALL SELECT ");
            sql.AppendJoin(", ", new[] { key }.Concat(columns).Select((c, i) => r == 0 ? $"{Name(r, i)} AS {c}" : Name(r, i)));
        }
        sql.Append($") AS v WHERE {table}.{key} = v.{key}");
        return sql.ToString();
    }

    /// <summary>Runs the update in chunks inside <paramref name="transaction"/>; returns the rows changed.</summary>
    public static int Execute(DbTransaction transaction, string table, string key, IReadOnlyList<string> columns, IReadOnlyList<object?[]> rows)
    {
        var changed = 0;
        foreach (var chunk in rows.Chunk(RowsPerStatement(columns.Count + 1)))
        {
            var parameters = new DynamicParameters();
            for (var r = 0; r < chunk.Length; r++)
                for (var i = 0; i < chunk[r].Length; i++)
                    parameters.Add(Name(r, i)[1..], chunk[r][i]);
            changed += transaction.Connection!.Execute(Sql(table, key, columns, chunk.Length), parameters, transaction);
        }
        return changed;
    }

    private static string Name(int row, int column) => string.Create(CultureInfo.InvariantCulture, $"@r{row}_{column}");
}
