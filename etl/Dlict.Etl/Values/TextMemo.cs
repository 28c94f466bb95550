namespace Dlict.Etl.Values;

/// <summary>
/// What a column's texts mean, each distinct text worked out once: a roster repeats a handful of grade and sex
/// spellings and a few thousand birth dates across millions of rows. Bounded, so that a hostile file of all-different
/// texts cannot grow it (past the bound every text is worked out again). One memo per reader and thread.
/// </summary>
public sealed class TextMemo<T>(Func<string?, T> meaning, int capacity = 50_000)
{
    private readonly Dictionary<string, T> _known = new(StringComparer.Ordinal);

    public T this[string? text]
    {
        get
        {
            if (text is null) return meaning(null);
            if (_known.TryGetValue(text, out var known)) return known;
            var value = meaning(text);
            if (_known.Count < capacity) _known[text] = value;
            return value;
        }
    }
}
