using Dlict.Etl.Sources;

namespace Dlict.Etl.Reading;

/// <summary>A sheet whose first rows are looked at (to find the header) before the rest streams past.</summary>
public sealed class SheetCursor : IDisposable
{
    public const int HeaderSearchRows = 20;

    private readonly IEnumerator<RawRow> _rows;
    private readonly List<RawRow> _head = [];

    public SheetCursor(Sheet sheet)
    {
        Name = sheet.Name;
        _rows = sheet.Rows.GetEnumerator();
        while (_head.Count < HeaderSearchRows + 1 && _rows.MoveNext()) _head.Add(_rows.Current);
    }

    public string? Name { get; }

    /// <summary>The first rows (up to 21: a two-row header may start on row 20).</summary>
    public IReadOnlyList<RawRow> Head => _head;

    /// <summary>Every row after the header: the rest of the head, then the stream.</summary>
    public IEnumerable<RawRow> RowsAfter(int headIndex)
    {
        for (var i = headIndex + 1; i < _head.Count; i++) yield return _head[i];
        while (_rows.MoveNext()) yield return _rows.Current;
    }

    public void Dispose() => _rows.Dispose();
}
