using System.Text;

namespace Dlict.Tests.Warehouse;

/// <summary>One GO-separated batch of a T-SQL script and the script line it starts on (1-based).</summary>
public sealed record TsqlBatch(string Script, int StartLine, string Sql);

/// <summary>Splits a script on lines that are just <c>GO</c>, as DbUp's SQL Server provider does.</summary>
public static class TsqlBatches
{
    public static IReadOnlyList<TsqlBatch> Split(string script, string sql)
    {
        var batches = new List<TsqlBatch>();
        var current = new StringBuilder();
        var start = 1;
        var lines = sql.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim().Equals("GO", StringComparison.OrdinalIgnoreCase))
            {
                Add(batches, script, start, current);
                current.Clear();
                start = i + 2;
                continue;
            }
            current.Append(lines[i]).Append('\n');
        }
        Add(batches, script, start, current);
        return batches;
    }

    private static void Add(List<TsqlBatch> batches, string script, int start, StringBuilder sql)
    {
        var text = sql.ToString();
        if (!string.IsNullOrWhiteSpace(text)) batches.Add(new TsqlBatch(script, start, text));
    }
}
