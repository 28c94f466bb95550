using Dlict.Etl.Doors;
using Dlict.Etl.Loading;
using Dlict.Etl.Pipeline;
using Dlict.Etl.Sources;
using Dlict.Warehouse;

namespace Dlict.Portal.Uploads;

/// <summary>
/// The school door (portal.md "Rules of the school door"): an upload goes through the same pipeline as an inbox file,
/// hinted with the link's school and the form's cycle, in one pass: an upload loads it for real with the door's rules
/// as the gate before the commit (<see cref="SchoolGate"/>: an office-only kind or another school's rows refuse the
/// whole file, nothing kept) and keeps the bytes under a name the server makes; a check runs the same and keeps nothing.
/// </summary>
public sealed class UploadDoor(IWarehouse warehouse, IngestOptions options) : IUploadPipeline
{
    /// <summary>The kinds a school may send; registry, training, loans, supervision and service requests are the office's own.</summary>
    public static readonly IReadOnlySet<string> SchoolKinds = new HashSet<string>(["enrolment", "students", "dltv_usage", "equipment"], StringComparer.Ordinal);

    public UploadResult Run(Upload upload, CancellationToken cancellationToken)
    {
        var source = FileSource.FromBytes(upload.Bytes, upload.DisplayName, upload.ArrivedAt,
            new FileHints(Cycle: upload.Cycle, SchoolCode: upload.SchoolCode, Sender: "web"));
        var pipeline = new FilePipeline(warehouse, options with { Command = "web" }, Ingestor.Loaders);
        // Another hash key than the warehouse's first would hash the same pupil twice: refused before anything is read.
        Etl.Privacy.KeyFingerprint.Check(warehouse, Etl.Privacy.HashKey.For(options), BangkokTime.Now(options.Clock), store: !upload.CheckOnly);
        if (upload.CheckOnly)
        {
            var check = pipeline.Check(source);
            return SchoolRules.Refusal(check, upload.SchoolCode) ?? UploadAnswer.From(check, upload.SchoolCode, checkOnly: true);
        }
        // One pass: the school door's rules are the gate before the commit, so a refused file keeps nothing.
        var gate = new SchoolGate(upload.SchoolCode);
        var loaded = Load(pipeline, source, gate);
        if (gate.Refusal is { } refused) return Keep(upload, refused, rejected: true);
        var answer = UploadAnswer.From(new FileCheck(loaded.Outcome, loaded.Rejects), upload.SchoolCode, checkOnly: false);
        return Keep(upload, answer, rejected: loaded.Outcome.Status == FileStatus.Rejected);
    }

    private FileVerdict Load(FilePipeline pipeline, FileSource source, SchoolGate gate)
    {
        var lineage = new Lineage(warehouse);
        var runId = lineage.StartRun(BangkokTime.Now(options.Clock), "web");
        try
        {
            var verdict = pipeline.Load(runId, source, gate, keepRejects: true);
            // a refused file is the door's own record (portal_upload), not a file of the run: the pipeline kept no etl_file row
            lineage.FinishRun(runId, BangkokTime.Now(options.Clock), IngestTotals.Of(gate.Refusal is null ? [verdict.Outcome] : []));
            return verdict;
        }
        catch
        {
            lineage.TryFail(runId, BangkokTime.Now(options.Clock), IngestTotals.Of([]));
            throw;
        }
    }

    /// <summary>The bytes of a real upload go to archive/uploads/ (loaded, skipped) or rejected/uploads/, under the server's name.</summary>
    private UploadResult Keep(Upload upload, UploadResult result, bool rejected)
    {
        if (upload.CheckOnly) return result;
        var folder = Path.Combine(rejected ? options.DataDir.Rejected : options.DataDir.Archive, "uploads");
        Etl.Files.OwnerOnly.CreateFolder(folder, always: true);
        var name = UploadName.Stored(upload.SchoolCode, upload.ArrivedAt, UploadName.Extension(upload.DisplayName) ?? ".bin");
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, upload.Bytes);
        Etl.Files.OwnerOnly.Restrict(path);
        return result with { StoredAs = name };
    }
}
