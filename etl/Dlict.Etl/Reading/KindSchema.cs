using Dlict.Etl.Values;

namespace Dlict.Etl.Reading;

/// <summary>What a header row must hold to be a kind's: its columns and their aliases, and any other layout it recognises.</summary>
public sealed class KindSchema
{
    private readonly Dictionary<string, string> _columnBySpelling = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ColumnSpec> _columnByName = new(StringComparer.Ordinal);

    public KindSchema(string name, params ColumnSpec[] columns)
    {
        Name = name;
        Columns = columns;
        foreach (var column in columns)
        {
            _columnByName.TryAdd(column.Name, column);
            foreach (var spelling in column.Spellings)
                _columnBySpelling.TryAdd(spelling, column.Name);
        }
    }

    public string Name { get; }

    public IReadOnlyList<ColumnSpec> Columns { get; }

    /// <summary>Another header shape of this kind (null: only one column per field), tried on every header row.</summary>
    public Func<string?[], IHeaderLayout?>? Layout { get; init; }

    /// <summary>
    /// The kind's files carry people's names in columns it never reads (a borrower, a requester): the archive treats
    /// them as personal data like files with a name or id column.
    /// </summary>
    public bool CarriesNames { get; init; }

    /// <summary>A name, a citizen id or a staff code is in the file: the archive keeps it only <c>archive.keepDays</c>.</summary>
    public bool HoldsPersonalData => CarriesNames || Columns.Any(c => c.IsPersonal || c.IsPersonId);

    public IEnumerable<string> RequiredColumns => Columns.Where(c => c.Required).Select(c => c.Name);

    /// <summary>The canonical column a header cell means, or null.</summary>
    public string? ColumnFor(string? header) =>
        header is null ? null : _columnBySpelling.GetValueOrDefault(ColumnName.Normalize(header));

    /// <summary>The column holds a person's id: a reject shows only its last four characters.</summary>
    public bool IsPersonId(string column) => _columnByName.TryGetValue(column, out var spec) && spec.IsPersonId;
}
