using Dlict.Cli.Pull.Queries;
using Dlict.Etl.Doors;
using Dlict.Etl.Loading;
using Dlict.Warehouse;
using NodaTime;

namespace Dlict.Cli.Pull;

/// <summary>
/// Pulls the given sources (sources.md): fetches them side by side (at most four at once), then for each in turn puts
/// what is new into <c>inbox/&lt;source&gt;/</c>, records the fetch, and ingests that folder with the source's kind and
/// cycle hints. One source's failure is its own recorded outcome and never stops the others.
/// </summary>
public sealed class PullRun(IWarehouse warehouse, IngestOptions ingestOptions, IClock clock)
{
    public const int AtOnce = 4;

    public IReadOnlyList<SourceResult> Run(IReadOnlyList<PullSource> sources, CancellationToken cancellationToken = default)
    {
        var log = new FetchLog(warehouse);
        var fetched = new (DateTime Started, Fetch Fetch, DateTime Finished)[sources.Count];
        Parallel.For(0, sources.Count, new ParallelOptions { MaxDegreeOfParallelism = AtOnce }, i =>
        {
            var started = BangkokTime.Now(clock);
            fetched[i] = (started, Guarded(sources[i], log, cancellationToken), BangkokTime.Now(clock));
        });
        var results = new List<SourceResult>();
        for (var i = 0; i < sources.Count; i++)
        {
            var (started, fetch, finished) = fetched[i];
            var folder = FolderOf(sources[i]);
            IReadOnlyList<string> moved = [];
            try
            {
                moved = HandOver.Move(fetch, folder);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                fetch = Fetch.Failed($"ย้ายไฟล์เข้า inbox ไม่ได้ / could not put the files into {folder}: {e.Message}", fetch.HttpStatus);
            }
            log.Record(sources[i], started, finished, fetch);
            results.Add(Ingested(new SourceResult(sources[i], fetch, moved), folder, cancellationToken));
        }
        return results;
    }

    public string FolderOf(PullSource source) => Path.Combine(ingestOptions.DataDir.Inbox, source.Name);

    private Fetch Guarded(PullSource source, FetchLog log, CancellationToken cancellationToken)
    {
        var staging = new Staging(FolderOf(source));
        try
        {
            var fetch = source.Run(staging, log, cancellationToken);
            return fetch.Outcome == FetchOutcomes.New ? SameAsLastTime(source, fetch, log) : fetch;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Fetch.Failed($"{e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>An HTTP answer with the very bytes of the last file this source brought (a server without ETag or Last-Modified) is nothing new.</summary>
    private static Fetch SameAsLastTime(PullSource source, Fetch fetch, FetchLog log)
    {
        if (source.Type != "http" || fetch.Files.Count != 1 || log.LastCopiedHash(source.Name) != fetch.Files[0].Sha256) return fetch;
        Staging.Discard(fetch.Files);
        return fetch with { Outcome = FetchOutcomes.NotModified, Files = [], Message = "เนื้อหาเหมือนครั้งก่อน / the same bytes as the last fetch" };
    }

    private SourceResult Ingested(SourceResult result, string folder, CancellationToken cancellationToken)
    {
        if (result.InboxFiles.Count == 0) return result;
        var options = ingestOptions with { Paths = [folder], Kind = result.Source.Kind, Cycle = result.Source.Cycle, Command = "pull" };
        try
        {
            return result with { Ingest = new Ingestor(warehouse, options).Run(cancellationToken: cancellationToken) };
        }
        catch (IngestBusyException e)
        {
            return result with { IngestNote = e.Message };
        }
    }
}
