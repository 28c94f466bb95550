using Dlict.Etl.Reading;
using Dlict.Etl.Sources;

namespace Dlict.Etl.Loading;

/// <summary>Loads the rows of one sheet of one kind, inside the file's transaction.</summary>
public interface IKindLoader
{
    KindSchema Schema { get; }

    /// <summary>Loads the data rows after the header; returns rows loaded and the cycle(s) seen (for lineage).</summary>
    SheetLoad Load(LoadContext context, HeaderMatch header, IReadOnlyList<RawRow> aboveHeader, IEnumerable<RawRow> rows, string? sheet);
}

/// <summary>What one sheet contributed: valid rows loaded, non-blank data rows read, the cycles seen.</summary>
public sealed record SheetLoad(long RowsLoaded, long DataRows, IReadOnlyCollection<string> Cycles);
