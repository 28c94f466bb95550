namespace Dlict.Etl.Loading;

/// <summary>What an ingest run did, summed over its files; files left in the inbox count as skipped in etl_run.</summary>
public sealed record IngestTotals(int Seen, int Loaded, int Skipped, int Rejected, long RowsLoaded, long RowsRejected)
{
    public int Left { get; init; }

    public static IngestTotals Of(IReadOnlyCollection<FileOutcome> files) => new(
        files.Count,
        files.Count(f => f.Status == FileStatus.Loaded),
        files.Count(f => f.Status is FileStatus.Skipped or FileStatus.Left),
        files.Count(f => f.Status == FileStatus.Rejected),
        files.Sum(f => f.RowsLoaded),
        files.Sum(f => f.RowsRejected))
    { Left = files.Count(f => f.Status == FileStatus.Left) };
}
