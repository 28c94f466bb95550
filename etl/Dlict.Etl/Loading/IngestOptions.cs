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

    /// <summary><c>--school</c>: the school of every row of a file that has no school column (a school's own export).</summary>
    public string? School { get; init; }

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

    /// <summary>A file written less than this long ago (by <see cref="Clock"/>) may still be being copied and waits for the next run.</summary>
    public TimeSpan SettleTime { get; init; } = DefaultSettleTime;

    /// <summary><c>archive.keepDays</c>: days archive/ and rejected/ keep files of personal-data kinds; null keeps them forever.</summary>
    public int? KeepDays { get; init; } = DefaultKeepDays;

    public const int DefaultKeepDays = 90;

    public static readonly TimeSpan DefaultSettleTime = TimeSpan.FromSeconds(5);

    public string Command { get; init; } = "ingest";
}
