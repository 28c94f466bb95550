namespace Dlict.Etl.Kinds.Students;

/// <summary>
/// The short keys of one school's students seen so far in a file, to find a student listed twice: an open-addressing
/// table of the keys themselves (one <c>ulong[]</c> a school, no entry objects, at most three-quarters full). The
/// keys are the first 8 bytes of a keyed hash, so their low bits serve as the slot. Adding costs the same whatever
/// the order of the file's rows: a roster sorted by grade or shuffled moves from school to school on every row, and
/// the sorted array this replaced was rebuilt at each move (issue 18: 3.5× slower than the same rows by school).
/// A national roster's 6.5M keys take 8 bytes each in tables 38–75 % full: 70–140 MB.
/// </summary>
public sealed class SeenKeys
{
    private const int FirstSize = 16;
    private ulong[] _slots = [];
    private int _count;
    private bool _hasZero; // 0 marks an empty slot, so the key 0 is kept aside

    public int Count => _count + (_hasZero ? 1 : 0);

    /// <summary>False when the key was seen before: the student is listed twice.</summary>
    public bool Add(ulong key)
    {
        if (key == 0)
        {
            if (_hasZero) return false;
            return _hasZero = true;
        }
        if ((_count + 1) * 4 > _slots.Length * 3) Grow();
        if (!Place(_slots, key)) return false;
        _count++;
        return true;
    }

    /// <summary>Puts the key in its slot (linear probing); false when it is there already.</summary>
    private static bool Place(ulong[] slots, ulong key)
    {
        var mask = slots.Length - 1;
        for (var i = (int)key & mask; ; i = (i + 1) & mask)
        {
            var held = slots[i];
            if (held == key) return false;
            if (held != 0) continue;
            slots[i] = key;
            return true;
        }
    }

    private void Grow()
    {
        var larger = new ulong[Math.Max(FirstSize, _slots.Length * 2)];
        foreach (var key in _slots)
            if (key != 0) Place(larger, key);
        _slots = larger;
    }
}
