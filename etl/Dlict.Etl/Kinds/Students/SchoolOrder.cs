using Dlict.Warehouse;

namespace Dlict.Etl.Kinds.Students;

/// <summary>
/// Holds the student rows about to be written and writes them sorted by cycle and school (rows of one school keep
/// the file's order), <see cref="Capacity"/> at a time. fact_student's only index is in school order: rows that come
/// by grade or shuffled would land each on another page of it, and SQLite copies every page a multi-row INSERT
/// touches into its statement journal first (16 KB a row). Sorted, the 64 rows of one INSERT touch two or three
/// pages. A file already in school order is written as it comes (one pass to see that it is).
/// </summary>
public sealed class SchoolOrder(ITableAppender facts, Action<ITableAppender, RosterLine> write)
{
    public const int Capacity = 65_536;
    private readonly List<RosterLine> _held = new(Capacity);

    public void Hold(in RosterLine line)
    {
        _held.Add(line);
        if (_held.Count == Capacity) Release();
    }

    /// <summary>Writes every row held, in school order, and flushes the appender.</summary>
    public void Release()
    {
        if (_held.Count > 0)
        {
            foreach (var i in Order()) write(facts, _held[i]);
            _held.Clear();
        }
        facts.Flush();
    }

    private int[] Order()
    {
        var order = new int[_held.Count];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        if (!InOrder()) Array.Sort(order, Compare);
        return order;
    }

    private bool InOrder()
    {
        for (var i = 1; i < _held.Count; i++)
            if (Compare(_held[i - 1], _held[i]) > 0) return false;
        return true;
    }

    private int Compare(int a, int b)
    {
        var c = Compare(_held[a], _held[b]);
        return c != 0 ? c : a.CompareTo(b);
    }

    private static int Compare(in RosterLine a, in RosterLine b)
    {
        var c = a.Cycle.Key.CompareTo(b.Cycle.Key);
        return c != 0 ? c : string.CompareOrdinal(a.School, b.School);
    }
}
