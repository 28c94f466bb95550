using System.Buffers;
using Dlict.Warehouse;

namespace Dlict.Etl.Kinds.Students;

/// <summary>
/// Holds the student rows about to be written and writes them sorted by cycle and school (rows of one school keep
/// the file's order), <see cref="Capacity"/> at a time. fact_student's only index is in school order: rows that come
/// by grade or shuffled would land each on another page of it, and SQLite copies every page a multi-row INSERT
/// touches into its statement journal first (16 KB a row). Sorted, the 64 rows of one INSERT touch two or three
/// pages. Each row's sort key is one number: cycle, the school's place in code order (<see cref="RosterLine.SchoolRank"/>)
/// and the row's place in the hold, so sorting compares numbers, not codes. A hold already in order is written as it came.
/// Rows that have come in order so far (a school's own roster, a file sorted by school) are written every
/// <see cref="InOrderRun"/> rows instead of at the end: the writes then overlap the reading of the next rows on the
/// read-ahead thread (a 2,000-row web upload waited for its whole file to be read before its first INSERT). The first
/// row out of order ends that for the file: from then on each hold is sorted when full or released, and
/// <c>outOfOrder</c> runs (the loader then lets its reader run a hold ahead: <see cref="StudentLoader.ReadAheadBatches"/>).
/// </summary>
/// <remarks>
/// The two hold arrays (~8 MB) are rented from the shared pool and given back on <see cref="Dispose"/>: allocating and
/// zeroing them for every file cost a 2,000-row web upload ~14 % of its CPU (docs/performance.md). Rows are cleared
/// from the hold as soon as they are written, so no pupil's ID stays in a pooled array.
/// </remarks>
public sealed class SchoolOrder(ITableAppender facts, Action<ITableAppender, RosterLine> write, Action? beforeWrite = null, Action? outOfOrder = null)
    : IDisposable
{
    public const int Capacity = 65_536;

    /// <summary>How many rows in order are held before they are written (eight of the appender's 64-row INSERTs).</summary>
    public const int InOrderRun = 512;

    private const int RowBits = 18, RankBits = 20; // 262,144 rows a hold, 1,048,576 schools
    private readonly RosterLine[] _held = ArrayPool<RosterLine>.Shared.Rent(Capacity);
    private readonly long[] _keys = ArrayPool<long>.Shared.Rent(Capacity);
    private long[]? _sorted; // a counting sort's output, rented at the first hold out of order
    private int _count;
    private long _lastPlace = long.MinValue;
    private bool _inOrder = true;
    private bool _disposed;

    public void Hold(in RosterLine line)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var place = ((long)line.Cycle.Key << RankBits) | (uint)Math.Min(line.SchoolRank, (1 << RankBits) - 1);
        if (place < _lastPlace && _inOrder)
        {
            _inOrder = false;
            outOfOrder?.Invoke();
        }
        _lastPlace = place;
        _keys[_count] = (place << RowBits) | (uint)_count;
        _held[_count++] = line;
        if (_count == Capacity || (_inOrder && _count == InOrderRun)) WriteHeld();
    }

    /// <summary>Runs <c>beforeWrite</c>, then writes every row held, in school order, and flushes the appender.</summary>
    public void Release()
    {
        WriteHeld();
        facts.Flush();
    }

    private void WriteHeld()
    {
        if (_count == 0) return;
        beforeWrite?.Invoke();
        ReadOnlySpan<long> keys = _keys.AsSpan(0, _count);
        if (!InOrder(keys)) keys = Sorted(_keys.AsSpan(0, _count));
        foreach (var key in keys) write(facts, _held[(int)(key & ((1 << RowBits) - 1))]);
        Array.Clear(_held, 0, _count);
        _count = 0;
    }

    /// <summary>Gives the hold back to the pool, first clearing rows never written (a load that failed half way).</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        Array.Clear(_held, 0, _count);
        ArrayPool<RosterLine>.Shared.Return(_held);
        ArrayPool<long>.Shared.Return(_keys);
        if (_sorted is not null) ArrayPool<long>.Shared.Return(_sorted);
    }

    /// <summary>
    /// The keys in order. Rows of one cycle (nearly every file) by a counting sort on the school's rank, which keeps
    /// each school's rows in the hold's order: two passes over the keys instead of a comparison sort's ~16 (3 % of a
    /// shuffled roster's writing thread went to sorting holds).
    /// </summary>
    private ReadOnlySpan<long> Sorted(Span<long> keys)
    {
        var (low, high) = (long.MaxValue, long.MinValue);
        foreach (var key in keys)
        {
            if (key < low) low = key;
            if (key > high) high = key;
        }
        if (low >> (RowBits + RankBits) != high >> (RowBits + RankBits))
        {
            keys.Sort();
            return keys;
        }
        var first = Rank(low);
        var buckets = Rank(high) - first + 2;
        var starts = ArrayPool<int>.Shared.Rent(buckets);
        Array.Clear(starts, 0, buckets);
        foreach (var key in keys) starts[Rank(key) - first + 1]++;
        for (var i = 1; i < buckets; i++) starts[i] += starts[i - 1];
        _sorted ??= ArrayPool<long>.Shared.Rent(Capacity);
        foreach (var key in keys) _sorted[starts[Rank(key) - first]++] = key;
        ArrayPool<int>.Shared.Return(starts);
        return _sorted.AsSpan(0, keys.Length);
    }

    private static int Rank(long key) => (int)(key >> RowBits) & ((1 << RankBits) - 1);

    private static bool InOrder(ReadOnlySpan<long> keys)
    {
        for (var i = 1; i < keys.Length; i++)
            if (keys[i - 1] > keys[i]) return false;
        return true;
    }
}
