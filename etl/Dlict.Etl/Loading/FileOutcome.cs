namespace Dlict.Etl.Loading;

public enum FileStatus
{
    Loaded,
    Skipped,
    Rejected,

    /// <summary>Left in the inbox for the next run: still being written, unreadable now, or its name cannot be opened.</summary>
    Left,
}

/// <summary>What happened to one file: the line `dlict ingest` prints for it.</summary>
public sealed record FileOutcome(string Name, FileStatus Status, string? Kind, string? Cycle, long RowsLoaded, long RowsRejected, string? Message)
{
    public TimeSpan Elapsed { get; init; }

    public static FileOutcome Skipped(string name, string message) => new(name, FileStatus.Skipped, null, null, 0, 0, message);

    public static FileOutcome Rejected(string name, string message) => new(name, FileStatus.Rejected, null, null, 0, 0, message);

    public static FileOutcome Left(string name, string message) => new(name, FileStatus.Left, null, null, 0, 0, message);
}
