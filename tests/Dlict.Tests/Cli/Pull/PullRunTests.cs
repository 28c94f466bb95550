using System.Net;
using Dlict.Cli.Pull;
using Dlict.Cli.Pull.Http;
using Dlict.Cli.Pull.Queries;
using Dlict.Etl.Cycles;
using Dlict.Etl.Loading;
using Dlict.Reports.Queries;
using Dlict.Warehouse;
using static Dlict.Tests.Etl.Operations.OperationsIngest;

namespace Dlict.Tests.Cli.Pull;

public class PullRunTests
{
    private const string Training = "course_code,start_date,person_id,school_code\nX1,2025-11-01,1101700230708,1041010001\nX1,2025-11-01,3100600447158,1041010002\n";

    [Test]
    public void A_pulled_sheet_is_ingested_with_its_kind_recorded_and_the_next_pull_is_not_modified()
    {
        using var w = WithSchools();
        using var server = new LoopbackServer(async c =>
        {
            if (c.Request.Url!.AbsolutePath == "/broken") { await LoopbackServer.Write(c, "no", "text/plain", 500); return; }
            if (c.Request.Headers["If-None-Match"] == "\"t1\"") { c.Response.StatusCode = 304; return; }
            c.Response.Headers["ETag"] = "\"t1\"";
            c.Response.Headers["Last-Modified"] = "Mon, 30 Jun 2025 01:00:00 GMT";
            await LoopbackServer.Write(c, Training);
        });
        PullSource[] sources =
        [
            Http("broken", server.Url("/broken?key=SECRET"), w),
            Http("training-form", server.Url("/pub?output=csv&key=SECRET"), w, kind: "training"),
        ];

        var first = Run(w, sources);

        Assert.That(first.Select(r => r.Fetch.Outcome), Is.EqualTo(new[] { FetchOutcomes.Failed, FetchOutcomes.New }));
        Assert.That(first[1].Ingest!.Files.Single().Status, Is.EqualTo(FileStatus.Loaded), first[1].Ingest!.Files.Single().Message);
        Assert.That(first[1].Ingest!.Files.Single().Name, Is.EqualTo("training-form/training-form-20250630-080000.csv"));
        Assert.That(w.Scalar<long>("SELECT SUM(participants) FROM v_training"), Is.EqualTo(2));
        Assert.That(w.Scalar<string>("SELECT received_at FROM etl_file WHERE file_name LIKE 'training-form/%'"), Is.EqualTo("2025-06-30 08:00:00"),
            "arrival = Last-Modified, in Bangkok time");
        Assert.That(Directory.GetFiles(Path.Combine(w.DataDir.Inbox, "training-form")), Is.Empty, "archived");

        var second = Run(w, sources);
        Assert.That(second.Select(r => r.Fetch.Outcome), Is.EqualTo(new[] { FetchOutcomes.Failed, FetchOutcomes.NotModified }));
        Assert.That(second[1].Ingest, Is.Null);

        var fetches = w.Query<(string Source, string Outcome, long? Status, long Bytes, string? Files, string? Location)>(
            "SELECT source, outcome, http_status, bytes, file_names, location FROM v_source_fetches ORDER BY fetch_id");
        Assert.That(fetches, Is.EqualTo(new (string, string, long?, long, string?, string?)[]
        {
            ("broken", "failed", 500, 0, null, $"http://127.0.0.1:{server.Port}/broken?…"),
            ("training-form", "new", 200, Training.Length, "training-form-20250630-080000.csv", $"http://127.0.0.1:{server.Port}/pub?…"),
            ("broken", "failed", 500, 0, null, $"http://127.0.0.1:{server.Port}/broken?…"),
            ("training-form", "not-modified", 304, 0, null, $"http://127.0.0.1:{server.Port}/pub?…"),
        }));
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM etl_fetch WHERE message LIKE '%SECRET%' OR location LIKE '%SECRET%'"), Is.Zero);
        IReadOnlyDictionary<string, SourceFetches> latest;
        using (var connection = w.Warehouse.OpenReadOnly()) latest = SourceFetchQuery.Latest(connection).ToDictionary(s => s.Source);
        Assert.That((latest["broken"].LastSuccess, latest["broken"].LastFailure?.HttpStatus), Is.EqualTo(((FetchRow?)null, (int?)500)));
        Assert.That((latest["training-form"].LastSuccess?.Outcome, latest["training-form"].LastFailure), Is.EqualTo(("not-modified", (FetchRow?)null)));
    }

    [Test]
    public void The_same_bytes_again_from_a_server_without_validators_are_not_modified()
    {
        using var w = WithSchools();
        using var server = new LoopbackServer(c => LoopbackServer.Write(c, Training));
        PullSource[] sources = [Http("kobo", server.Url("/export"), w, kind: "training", cycle: new Cycle(2568, 1))];
        var first = Run(w, sources).Single();
        Assert.That(first.Fetch.Files.Single().Name, Does.StartWith("kobo-2568-1-"), "the cycle hint is in the name");
        var second = Run(w, sources).Single();
        Assert.That(second.Fetch.Outcome, Is.EqualTo(FetchOutcomes.NotModified));
        Assert.That(second.Fetch.Message, Does.Contain("the same bytes"));
        Assert.That(Directory.GetFiles(Path.Combine(w.DataDir.Inbox, "kobo"), "*", SearchOption.AllDirectories), Is.Empty, "no staging file left");
    }

    private static HttpPullSource Http(string name, Uri url, TestWarehouse w, string? kind = null, Cycle? cycle = null) =>
        new(name, url, null, new HttpLimits(1 << 20, TimeSpan.FromSeconds(5)), w.Clock, kind, cycle);

    private static IReadOnlyList<SourceResult> Run(TestWarehouse w, IReadOnlyList<PullSource> sources) =>
        new PullRun(w.Warehouse, new IngestOptions(w.DataDir) { HashKey = Key, Clock = w.Clock }, w.Clock).Run(sources);
}
