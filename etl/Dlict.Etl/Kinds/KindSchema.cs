using Dlict.Etl.Values;

namespace Dlict.Etl.Kinds;

/// <summary>The columns that identify an input kind in a header row.</summary>
public sealed class KindSchema
{
    private readonly Dictionary<string, string> _columnBySpelling = new(StringComparer.Ordinal);

    public KindSchema(string name, bool needsCycle, params ColumnSpec[] columns)
    {
        Name = name;
        NeedsCycle = needsCycle;
        Columns = columns;
        foreach (var column in columns)
            foreach (var spelling in column.Spellings)
                _columnBySpelling.TryAdd(spelling, column.Name);
    }

    public string Name { get; }

    public bool NeedsCycle { get; }

    public IReadOnlyList<ColumnSpec> Columns { get; }

    public IEnumerable<string> RequiredColumns => Columns.Where(c => c.Required).Select(c => c.Name);

    /// <summary>The canonical column a header cell means, or null.</summary>
    public string? ColumnFor(string? header) =>
        header is null ? null : _columnBySpelling.GetValueOrDefault(ColumnName.Normalize(header));
}
