using Dlict.Etl.Kinds.DltvUsage;
using Dlict.Etl.Kinds.Enrolment;
using Dlict.Etl.Kinds.Equipment;
using Dlict.Etl.Kinds.Loans;
using Dlict.Etl.Kinds.Schools;
using Dlict.Etl.Kinds.ServiceRequests;
using Dlict.Etl.Kinds.Students;
using Dlict.Etl.Kinds.Supervision;
using Dlict.Etl.Kinds.Training;
using Dlict.Etl.Loading;
using Dlict.Etl.Pipeline;
using Dlict.Warehouse;

namespace Dlict.Etl.Doors;

/// <summary>
/// `dlict ingest`: every file of the inbox door (or the command-line paths door), oldest first, each through the
/// pipeline in its own transaction; or, as <see cref="Check"/>, every rule of that and nothing kept.
/// </summary>
public sealed class Ingestor(IWarehouse warehouse, IngestOptions options)
{
    /// <summary>The kind loaders, most specific first. Later kinds register here.</summary>
    public static IReadOnlyList<IKindLoader> Loaders { get; } =
    [
        new SchoolRegistryLoader(), new EnrolmentLoader(), new StudentLoader(),
        new TrainingLoader(), new EquipmentLoader(), new LoansLoader(), new DltvUsageLoader(), new SupervisionLoader(), new ServiceRequestsLoader(),
    ];

    private readonly LocalDoor _door = LocalDoor.For(options);

    /// <summary>
    /// Loads the files; <paramref name="cancellationToken"/> is checked between files, never inside one. One file's
    /// trouble (a name that cannot be opened, a file still being copied, an I/O error) is that file's outcome; the run
    /// always ends with a final status, <c>failed</c> when the warehouse itself gave way.
    /// </summary>
    public IngestReport Run(IProgress<FileOutcome>? progress = null, CancellationToken cancellationToken = default)
    {
        options.DataDir.Create();
        using var ingestLock = IngestLock.Acquire(options.DataDir);
        Privacy.KeyFingerprint.Check(warehouse, Privacy.HashKey.For(options), BangkokTime.Now(options.Clock));
        var lineage = new Lineage(warehouse);
        var runId = lineage.StartRun(BangkokTime.Now(options.Clock), options.Command);
        var outcomes = new List<FileOutcome>();
        try
        {
            var pipeline = new FilePipeline(warehouse, options, Loaders);
            var scan = _door.Scan();
            foreach (var outcome in _door.Unloadable(scan)) Report(outcome);
            foreach (var path in scan.Files)
            {
                if (cancellationToken.IsCancellationRequested) break;
                Report(_door.Waiting(path) ?? Guarded(path, () =>
                {
                    var file = _door.Open(path);
                    return file.Settle(pipeline.Load(runId, file.Source, file));
                }));
            }
        }
        catch
        {
            lineage.TryFail(runId, BangkokTime.Now(options.Clock), IngestTotals.Of(outcomes));
            throw;
        }
        var totals = IngestTotals.Of(outcomes);
        lineage.FinishRun(runId, BangkokTime.Now(options.Clock), totals);
        return new IngestReport(runId, outcomes, totals) { Purged = Retention.Purge() };

        void Report(FileOutcome outcome)
        {
            outcomes.Add(outcome);
            progress?.Report(outcome);
        }
    }

    /// <summary>
    /// <c>--dry-run</c>: the same files, rules and per-file outcomes as <see cref="Run"/>, and every reject row, with
    /// nothing written or moved: no lock, no etl_run, no folder made; the hash key is checked but not stored.
    /// </summary>
    public IReadOnlyList<FileCheck> Check(IProgress<FileCheck>? progress = null)
    {
        Privacy.KeyFingerprint.Check(warehouse, Privacy.HashKey.For(options), BangkokTime.Now(options.Clock), store: false);
        var pipeline = new FilePipeline(warehouse, options with { Command = options.Command + " --dry-run" }, Loaders);
        var checks = new List<FileCheck>();
        var scan = _door.Scan();
        foreach (var outcome in _door.Unloadable(scan)) Report(new FileCheck(outcome, []));
        foreach (var path in scan.Files)
            Report(_door.Waiting(path) is { } waiting ? new FileCheck(waiting, []) : GuardedCheck(path, () => pipeline.Check(_door.Open(path).Source)));
        return checks;

        void Report(FileCheck check)
        {
            checks.Add(check);
            progress?.Report(check);
        }
    }

    /// <summary>What <c>archive.keepDays</c> purges at the end of every run.</summary>
    public ArchiveRetention Retention => new(warehouse, options.DataDir, options.KeepDays, options.Clock);

    /// <summary>The files a run would load now (for `status` and the serve job), oldest first.</summary>
    public IEnumerable<string> FilesToLoad() => _door.Scan().Files;

    /// <summary>An I/O failure of one file becomes its outcome: left in the inbox with the reason.</summary>
    private FileOutcome Guarded(string path, Func<FileOutcome> ingest)
    {
        try
        {
            return ingest();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Unreadable(path, e);
        }
    }

    private FileCheck GuardedCheck(string path, Func<FileCheck> check)
    {
        try
        {
            return check();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new FileCheck(Unreadable(path, e), []);
        }
    }

    private FileOutcome Unreadable(string path, Exception e) =>
        FileOutcome.Left(_door.NameOf(path), $"อ่านหรือย้ายไฟล์ไม่ได้ ไฟล์ยังอยู่ที่เดิม / could not read or move the file ({e.Message}): it stays where it is");
}

/// <summary>What an ingest run did.</summary>
public sealed record IngestReport(long RunId, IReadOnlyList<FileOutcome> Files, IngestTotals Totals)
{
    /// <summary>Files deleted from archive/ and rejected/ because they were older than <c>archive.keepDays</c>.</summary>
    public IReadOnlyList<string> Purged { get; init; } = [];
}
