using Dlict.Etl.Doors;
using Dlict.Etl.Loading;
using Dlict.Warehouse;

namespace Dlict.Cli.Serve;

/// <summary>
/// The scheduled ingest of the inbox. Another ingest holding the lock (a manual <c>dlict ingest</c>) makes this run
/// <c>skipped</c>, not failed; stopping the service stops it between files.
/// </summary>
public sealed class IngestJob(IWarehouse warehouse, IngestOptions options) : IServeJob
{
    public string Name => JobNames.Ingest;

    public JobResult Run(CancellationToken cancellationToken)
    {
        var ingestor = new Ingestor(warehouse, options with { Command = "serve ingest" });
        if (!Directory.Exists(options.DataDir.Inbox) || !ingestor.FilesToLoad().Any())
        {
            var purged = ingestor.Retention.Purge().Count;
            return new JobResult(Outcomes.Succeeded, "ไม่มีไฟล์ใน inbox / inbox empty" + (purged > 0 ? $"; purged {purged} file(s) older than archive.keepDays" : ""));
        }
        try
        {
            var report = ingestor.Run(cancellationToken: cancellationToken);
            var t = report.Totals;
            var message = $"run {report.RunId}: {t.Seen} file(s) — {t.Loaded} loaded, {t.Skipped} skipped, {t.Rejected} rejected; rows {t.RowsLoaded} loaded, {t.RowsRejected} rejected"
                + (report.Purged.Count > 0 ? $"; purged {report.Purged.Count} file(s) older than archive.keepDays" : "");
            if (cancellationToken.IsCancellationRequested) message += " — หยุดก่อนครบเพราะบริการกำลังปิด / stopped early: the service is shutting down";
            return new JobResult(Outcomes.Succeeded, message);
        }
        catch (IngestBusyException e)
        {
            return new JobResult(Outcomes.Skipped, e.Message);
        }
    }
}
