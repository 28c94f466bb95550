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

    /// <summary>Cells up to the header's last filled one: a data row of a personal-data kind must fit it exactly.</summary>
    public int Width { get; init; }

    /// <summary>The header row's cells as read, trailing empty ones included (a CSV row must have as many).</summary>
    public int Cells { get; init; }

    /// <summary>Columns the file lacks but its door supplies, with the value every row takes (<c>school_code</c> from <c>--school</c>).</summary>
    public IReadOnlyDictionary<string, string> Given { get; init; } = new Dictionary<string, string>();

    public int? IndexOf(string column) => Columns.TryGetValue(column, out var i) ? i : null;
}
