namespace Dlict.Etl.Reading;

/// <summary>
/// A header shape a kind recognises beyond "one column per field" (e.g. a wide form with a group of columns per
/// grade): the kind's <see cref="KindSchema.Layout"/> finds it, the kind's loader reads it.
/// </summary>
public interface IHeaderLayout
{
    /// <summary>The ordinary columns it found (school code, cycle …) → column index.</summary>
    IReadOnlyDictionary<string, int> KeyColumns { get; }

    /// <summary>How many header cells it understood: compared with other kinds' matches to pick the kind.</summary>
    int MatchedColumns { get; }
}
