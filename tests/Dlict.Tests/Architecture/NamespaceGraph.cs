using System.Text.RegularExpressions;

namespace Dlict.Tests.Architecture;

/// <summary>
/// Which top-level namespaces of an assembly's source use which, read from the source: a file belongs to the first
/// segment after <see cref="Root"/> of its <c>namespace</c>; it uses another by <c>using</c>, <c>using static</c>, a
/// fully qualified name, or a name qualified by the segment alone (<c>Privacy.HashKey</c>).
/// </summary>
public sealed partial class NamespaceGraph(string root, IReadOnlyList<string> layers)
{
    public string Root => root;

    /// <summary>Each edge (from, to) with the file:line lines that make it.</summary>
    public Dictionary<(string From, string To), List<string>> Edges(IEnumerable<SourceFile> files)
    {
        var edges = new Dictionary<(string, string), List<string>>();
        var qualified = new Regex($@"(?<![A-Za-z0-9_.]){Regex.Escape(root)}\.(\w+)|(?<![A-Za-z0-9_.])({string.Join('|', layers)})\.(?=[A-Z])");
        foreach (var file in files)
        {
            var from = file.Code.Select(l => NamespaceLine().Match(l)).FirstOrDefault(m => m.Success && m.Groups[1].Value.StartsWith(root + ".", StringComparison.Ordinal));
            if (from is null) continue;
            var layer = from.Groups[1].Value[(root.Length + 1)..].Split('.')[0];
            if (!layers.Contains(layer)) continue;
            for (var i = 0; i < file.Code.Count; i++)
            {
                if (NamespaceLine().IsMatch(file.Code[i])) continue;
                foreach (Match m in qualified.Matches(StripLiterals(file.Code[i])))
                {
                    var to = m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value;
                    if (to == layer || !layers.Contains(to)) continue;
                    if (!edges.TryGetValue((layer, to), out var where)) edges[(layer, to)] = where = [];
                    where.Add(file.Where(i + 1));
                }
            }
        }
        return edges;
    }

    /// <summary>Every cycle as "A → B → A" with the lines of its first edge, or nothing.</summary>
    public static IEnumerable<string> Cycles(Dictionary<(string From, string To), List<string>> edges)
    {
        var next = edges.Keys.GroupBy(e => e.From).ToDictionary(g => g.Key, g => g.Select(e => e.To).Order(StringComparer.Ordinal).ToList());
        var reported = new HashSet<string>();
        foreach (var start in next.Keys.Order(StringComparer.Ordinal))
            foreach (var path in PathsBack(start, start, next, [start]))
            {
                var ring = string.Join(" → ", path.Append(start));
                var key = string.Join(",", path.Order(StringComparer.Ordinal));
                if (reported.Add(key)) yield return $"{ring} ({string.Join(", ", edges[(path[0], path.Count > 1 ? path[1] : start)].Take(3))})";
            }
    }

    private static IEnumerable<List<string>> PathsBack(string start, string at, Dictionary<string, List<string>> next, List<string> path)
    {
        foreach (var to in next.GetValueOrDefault(at) ?? [])
        {
            if (to == start) yield return [.. path];
            else if (!path.Contains(to))
                foreach (var found in PathsBack(start, to, next, [.. path, to])) yield return found;
        }
    }

    private static string StripLiterals(string line) => Literal().Replace(line, "\"\"");

    [GeneratedRegex(@"^\s*namespace\s+([\w.]+)")]
    private static partial Regex NamespaceLine();

    [GeneratedRegex("\"[^\"]*\"")]
    private static partial Regex Literal();
}
