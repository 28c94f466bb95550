using Dlict.Etl.Kinds.DltvUsage;
using Dlict.Etl.Kinds.Enrolment;
using Dlict.Etl.Kinds.Equipment;
using Dlict.Etl.Kinds.Loans;
using Dlict.Etl.Kinds.Schools;
using Dlict.Etl.Kinds.ServiceRequests;
using Dlict.Etl.Kinds.Students;
using Dlict.Etl.Kinds.Supervision;
using Dlict.Etl.Kinds.Training;
using Dlict.Warehouse;

namespace Dlict.Etl.Loading;

/// <summary>`dlict ingest`: every file in the inbox (or the given paths), oldest first, each in its own transaction.</summary>
public sealed class Ingestor(IWarehouse warehouse, IngestOptions options)
{
    /// <summary>The kind loaders, most specific first. Later kinds register here.</summary>
    public static IReadOnlyList<IKindLoader> Loaders { get; } =
    [
        new SchoolRegistryLoader(), new EnrolmentLoader(), new StudentLoader(),
        new TrainingLoader(), new EquipmentLoader(), new LoansLoader(), new DltvUsageLoader(), new SupervisionLoader(), new ServiceRequestsLoader(),
    ];

    /// <summary>Loads the files; <paramref name="cancellationToken"/> is checked between files, never inside one.</summary>
    public IngestReport Run(IProgress<FileOutcome>? progress = null, CancellationToken cancellationToken = default)
    {
        options.DataDir.Create();
        using var ingestLock = IngestLock.Acquire(options.DataDir);
        Privacy.KeyFingerprint.Check(warehouse, Privacy.HashKey.For(options), BangkokTime.Now(options.Clock));
        var lineage = new Lineage(warehouse);
        var runId = lineage.StartRun(BangkokTime.Now(options.Clock), options.Command);
        var ingest = new FileIngest(warehouse, options, Loaders, new FileStore(options.DataDir));
        var outcomes = new List<FileOutcome>();
        foreach (var path in FilesToLoad())
        {
            if (cancellationToken.IsCancellationRequested) break;
            var outcome = ingest.Run(runId, path);
            outcomes.Add(outcome);
            progress?.Report(outcome);
        }
        var totals = IngestTotals.Of(outcomes);
        lineage.FinishRun(runId, BangkokTime.Now(options.Clock), totals);
        return new IngestReport(runId, outcomes, totals);
    }

    /// <summary>Oldest first (by arrival time), then by name; error notes and hidden/temporary files are left alone.</summary>
    public IEnumerable<string> FilesToLoad()
    {
        var roots = options.Paths.Count > 0 ? options.Paths : [options.DataDir.Inbox];
        return roots
            .SelectMany(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories) : File.Exists(p) ? [p] : [])
            .Where(IsCandidate)
            .Select(p => new FileInfo(p))
            .OrderBy(f => f.LastWriteTimeUtc).ThenBy(f => f.FullName, StringComparer.Ordinal)
            .Select(f => f.FullName)
            .ToList();
    }

    private static bool IsCandidate(string path)
    {
        var name = Path.GetFileName(path);
        return !name.StartsWith('.') && !name.StartsWith("~$", StringComparison.Ordinal) && !name.EndsWith(".error.txt", StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>What an ingest run did.</summary>
public sealed record IngestReport(long RunId, IReadOnlyList<FileOutcome> Files, IngestTotals Totals);
