using System.Data.Common;
using Dapper;

namespace Dlict.Warehouse.Copying;

/// <summary>
/// What `dlict copy-to` moves out of a SQLite warehouse: every table except SQLite's own and the DbUp journal,
/// parents before children. The order comes from the FOREIGN KEYs in SQLite's catalogue
/// (<c>pragma_foreign_key_list</c>), so tables added by later migrations are included without a hand list.
/// </summary>
public sealed class CopyPlan(IReadOnlyList<CopyTable> tables)
{
    /// <summary>The DbUp journal: the target keeps its own.</summary>
    public const string Journal = "schema_versions";

    /// <summary>Parents first; ties broken by <see cref="Rank"/> then name, so dims come before etl_* and facts.</summary>
    public IReadOnlyList<CopyTable> Tables { get; } = tables;

    public static CopyPlan Read(DbConnection sqlite)
    {
        var names = sqlite.Query<string>(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND substr(name, 1, 7) <> 'sqlite_' AND name <> @Journal",
            new { Journal }).ToList();
        var tables = names.Select(name => new CopyTable(
                name,
                sqlite.Query<string>("SELECT name FROM pragma_table_info(@name) ORDER BY cid", new { name }).ToList(),
                sqlite.Query<string>("SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(@name)", new { name })
                    .Where(parent => !parent.Equals(name, StringComparison.OrdinalIgnoreCase)).ToList(),
                sqlite.ExecuteScalar<long>($"SELECT COUNT(*) FROM \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"")))
            .ToList();
        return new CopyPlan(Order(tables));
    }

    /// <summary>Kahn's topological sort; among the tables ready at each step the lowest rank, then name, goes first.</summary>
    public static IReadOnlyList<CopyTable> Order(IReadOnlyList<CopyTable> tables)
    {
        var byName = tables.ToDictionary(t => t.Name, StringComparer.OrdinalIgnoreCase);
        var waiting = tables.ToDictionary(t => t.Name, t => t.References.Count(byName.ContainsKey), StringComparer.OrdinalIgnoreCase);
        var ready = new SortedSet<CopyTable>(tables.Where(t => waiting[t.Name] == 0), ReadyOrder);
        var ordered = new List<CopyTable>();
        while (ready.Count > 0)
        {
            var next = ready.Min!;
            ready.Remove(next);
            ordered.Add(next);
            foreach (var child in tables.Where(t => t.References.Contains(next.Name, StringComparer.OrdinalIgnoreCase)))
                if (--waiting[child.Name] == 0) ready.Add(child);
        }
        if (ordered.Count < tables.Count)
            throw new InvalidOperationException("Foreign keys form a cycle among: " +
                string.Join(", ", tables.Where(t => !ordered.Contains(t)).Select(t => t.Name)));
        return ordered;
    }

    /// <summary>dim_* 0, etl_* 1, fact_* 2, anything else 3.</summary>
    public static int Rank(string table) =>
        table.StartsWith("dim_", StringComparison.OrdinalIgnoreCase) ? 0
        : table.StartsWith("etl_", StringComparison.OrdinalIgnoreCase) ? 1
        : table.StartsWith("fact_", StringComparison.OrdinalIgnoreCase) ? 2
        : 3;

    private static readonly Comparer<CopyTable> ReadyOrder = Comparer<CopyTable>.Create((a, b) =>
    {
        var byRank = Rank(a.Name).CompareTo(Rank(b.Name));
        return byRank != 0 ? byRank : StringComparer.Ordinal.Compare(a.Name, b.Name);
    });
}
