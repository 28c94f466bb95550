using Dlict.Etl.Kinds;

namespace Dlict.Etl.Reading;

/// <summary>Where the header is and what its columns mean for the kind it identifies.</summary>
public sealed record HeaderMatch(
    KindSchema Kind,
    int LastHeaderIndex,
    IReadOnlyDictionary<string, int> Columns,
    IReadOnlyList<string> UnknownHeaders,
    WideEnrolmentLayout? Wide = null)
{
    public int Matched => Wide?.MatchedColumns ?? Columns.Count;

    public int? IndexOf(string column) => Columns.TryGetValue(column, out var i) ? i : null;
}
