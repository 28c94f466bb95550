namespace Dlict.Etl.Sources;

/// <summary>
/// The columns of a sheet that no loader reads (students' names): once the header has been found, a CSV sheet stops
/// copying their cells into strings, so a roster's names never sit in memory as text. A cell with something in it
/// reads as <see cref="Placeholder"/> (a row holding only a name is still not blank), an empty one as null.
/// An xlsx sheet reads them as before.
/// </summary>
public sealed class UnreadColumns
{
    public const string Placeholder = "(ไม่อ่าน / not read)";

    private bool[] _mask = [];

    /// <summary>Before the rows after the header are read (the reading thread starts after this).</summary>
    public void Set(IEnumerable<int> columns)
    {
        var list = columns.ToList();
        var mask = new bool[list.Count == 0 ? 0 : list.Max() + 1];
        foreach (var column in list) mask[column] = true;
        _mask = mask;
    }

    public bool Contains(int column) => column < _mask.Length && _mask[column];

    /// <summary>What an unread cell reads as.</summary>
    public static string? Cell(ReadOnlySpan<char> text) => text.IsWhiteSpace() ? null : Placeholder;
}
