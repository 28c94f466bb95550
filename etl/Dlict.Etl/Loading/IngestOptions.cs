using Dlict.Etl.Cycles;
using NodaTime;

namespace Dlict.Etl.Loading;

/// <summary>What `dlict ingest` was asked to do.</summary>
public sealed record IngestOptions(DataDirectory DataDir)
{
    /// <summary><c>--kind</c>: take every file as this kind.</summary>
    public string? Kind { get; init; }

    /// <summary><c>--cycle</c>: the cycle of every file.</summary>
    public Cycle? Cycle { get; init; }

    /// <summary><c>--as-of</c>: the date a registry describes.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>Files or folders to load instead of the inbox.</summary>
    public IReadOnlyList<string> Paths { get; init; } = [];

    /// <summary><c>--submitted-at</c>: when backfilled data was really sent (Bangkok time); overrides the file's time and any submitted_at column.</summary>
    public DateTime? SubmittedAt { get; init; }

    /// <summary><c>--reload</c>: load a file again although the same bytes were loaded before; its submissions become the schools' newest versions.</summary>
    public bool Reload { get; init; }

    public CycleCalendar Calendar { get; init; } = CycleCalendar.Default;

    /// <summary>The secret of the student and staff ID hashes, resolved by the caller (CLI: DLICT_HASH_KEY, else the data folder's key file).</summary>
    public Privacy.HashKey? HashKey { get; init; }

    public IClock Clock { get; init; } = SystemClock.Instance;

    public string Command { get; init; } = "ingest";
}
