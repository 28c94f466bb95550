namespace Dlict.Etl.Sources;

/// <summary>A table inside a file: the only sheet of a CSV (Name null) or one worksheet of an xlsx. Rows stream and can be read once.</summary>
public sealed record Sheet(string? Name, IEnumerable<RawRow> Rows)
{
    /// <summary>Columns whose cells need not be read (honoured by CSV sheets).</summary>
    public UnreadColumns Unread { get; init; } = new();
}
