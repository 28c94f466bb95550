namespace Dlict.Etl.Kinds.Students;

/// <summary>
/// The short keys of one school's students seen so far in a file, to find a student listed twice. A roster's rows
/// come together, so the school being read keeps its new keys in a hash set shared by the whole file
/// (<see cref="Open"/>); when the file moves on to another school they go into an exact-size sorted array
/// (<see cref="Close"/>). A national roster's 6.5M keys then take 52 MB, not ~200 MB of per-school hash sets
/// grown by doubling, and the collector has far less to copy. A school met again later still finds its keys.
/// </summary>
public sealed class SeenKeys
{
    private ulong[] _closed = [];
    private HashSet<ulong>? _open;

    /// <summary>Starts taking keys into <paramref name="shared"/> (empty, owned by no other school until <see cref="Close"/>).</summary>
    public void Open(HashSet<ulong> shared) => _open = shared;

    /// <summary>False when the key was seen before: the student is listed twice.</summary>
    public bool Add(ulong key)
    {
        if (_closed.Length > 0 && Array.BinarySearch(_closed, key) >= 0) return false;
        return (_open ?? throw new InvalidOperationException("the school's keys are not open")).Add(key);
    }

    /// <summary>Moves the keys taken since <see cref="Open"/> into the sorted array and empties the shared set.</summary>
    public void Close()
    {
        if (_open is not { } open) return;
        if (open.Count > 0)
        {
            var merged = new ulong[_closed.Length + open.Count];
            _closed.CopyTo(merged, 0);
            open.CopyTo(merged, _closed.Length);
            Array.Sort(merged);
            _closed = merged;
        }
        open.Clear();
        _open = null;
    }
}
