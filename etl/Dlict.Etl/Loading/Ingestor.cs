using Dlict.Etl.Kinds;
using Dlict.Warehouse;

namespace Dlict.Etl.Loading;

/// <summary>`dlict ingest`: every file in the inbox (or the given paths), oldest first, each in its own transaction.</summary>
public sealed class Ingestor(IWarehouse warehouse, IngestOptions options)
{
    /// <summary>The kind loaders, most specific first (<see cref="KindCatalogue"/>: each kind registers itself).</summary>
    public static IReadOnlyList<IKindLoader> Loaders => KindCatalogue.Loaders;

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
            var ingest = new FileIngest(warehouse, options, Loaders, new FileStore(options.DataDir));
            var scan = Scan();
            foreach (var outcome in Unloadable(scan)) Report(outcome);
            foreach (var path in scan.Files)
            {
                if (cancellationToken.IsCancellationRequested) break;
                Report(Settling(path) ?? Guarded(path, () => ingest.Run(runId, path)));
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

    /// <summary>What <c>archive.keepDays</c> purges at the end of every run.</summary>
    public ArchiveRetention Retention => new(warehouse, options.DataDir, options.KeepDays, options.Clock, KindCatalogue.PersonalKinds);

    /// <summary>The files a run would load now (for `status` and the serve job), oldest first.</summary>
    public IEnumerable<string> FilesToLoad() => Scan().Files;

    private InboxScan Scan() => InboxScan.Of(options.Paths.Count > 0 ? options.Paths : [options.DataDir.Inbox]);

    private string NameOf(string path) => IncomingFile.NameOf(path, options.DataDir.Inbox);

    /// <summary>Links and names that cannot be opened: each said once per run, and left exactly where they are.</summary>
    private IEnumerable<FileOutcome> Unloadable(InboxScan scan) =>
        scan.Links.Select(l => FileOutcome.Skipped(NameOf(l), "ลิงก์ (symbolic link) ไม่อ่าน ไม่ย้าย / a link: not followed, not read, not moved"))
            .Concat(scan.Unopenable.Select(u => FileOutcome.Left(NameOf(u),
                "ชื่อไฟล์ไม่ใช่ UTF-8 (เช่น TIS-620) จึงเปิดไม่ได้ โปรดเปลี่ยนชื่อไฟล์ / the file name is not UTF-8 (TIS-620?) and cannot be opened: rename the file")));

    /// <summary>
    /// An inbox file written within the settle time (or dated just ahead of the clock) waits for the next run. A file
    /// named on the command line was chosen by the person who runs it and loads at once; its load still never
    /// commits if it changes meanwhile.
    /// </summary>
    private FileOutcome? Settling(string path)
    {
        if (options.Paths.Count > 0) return null;
        var age = options.Clock.GetCurrentInstant().ToDateTimeUtc() - File.GetLastWriteTimeUtc(path);
        return age < options.SettleTime && age > -options.SettleTime
            ? FileOutcome.Left(NameOf(path), $"ไฟล์เพิ่งถูกเขียนเมื่อไม่ถึง {options.SettleTime.TotalSeconds:0} วินาที รอรอบถัดไป / written less than {options.SettleTime.TotalSeconds:0} s ago (still being copied?): waits for the next run")
            : null;
    }

    /// <summary>An I/O failure of one file becomes its outcome: left in the inbox with the reason.</summary>
    private FileOutcome Guarded(string path, Func<FileOutcome> ingest)
    {
        try
        {
            return ingest();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return FileOutcome.Left(NameOf(path), $"อ่านหรือย้ายไฟล์ไม่ได้ ไฟล์ยังอยู่ที่เดิม / could not read or move the file ({e.Message}): it stays where it is");
        }
    }
}

/// <summary>What an ingest run did.</summary>
public sealed record IngestReport(long RunId, IReadOnlyList<FileOutcome> Files, IngestTotals Totals)
{
    /// <summary>Files deleted from archive/ and rejected/ because they were older than <c>archive.keepDays</c>.</summary>
    public IReadOnlyList<string> Purged { get; init; } = [];
}
