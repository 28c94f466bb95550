using System.Globalization;
using System.Net;
using Dlict.Cli.Pull;
using Dlict.Cli.Pull.Http;
using Dlict.Etl.Cycles;
using Dlict.Warehouse;
using NodaTime;
using NodaTime.Testing;

namespace Dlict.Tests.Cli.Pull;

public class HttpSourceTests
{
    private const string Csv = "school_code,course\n1041000001,Coding\n";
    private static readonly FakeClock Clock = new(Instant.FromUtc(2025, 6, 20, 3, 0));
    private static readonly HttpLimits Limits = new(MaxBytes: 1000, Timeout: TimeSpan.FromSeconds(2));

    [Test]
    public void A_200_brings_the_body_named_by_source_cycle_and_Last_Modified_which_is_the_arrival_time()
    {
        using var server = new LoopbackServer(async c =>
        {
            c.Response.Headers["ETag"] = "\"v1\"";
            c.Response.Headers["Last-Modified"] = "Tue, 10 Jun 2025 02:30:00 GMT";
            await LoopbackServer.Write(c, Csv);
        });
        using var dir = new TempDir();
        var fetch = Source(server.Url("/pub?output=csv")).Run(new Staging(dir.Path), null, null, new Cycle(2568, 1), CancellationToken.None);

        Assert.That(fetch.Outcome, Is.EqualTo(FetchOutcomes.New), fetch.Message);
        Assert.That(fetch.HttpStatus, Is.EqualTo(200));
        Assert.That(fetch.ETag, Is.EqualTo("\"v1\""));
        Assert.That(fetch.LastModified, Is.EqualTo("Tue, 10 Jun 2025 02:30:00 GMT"));
        var file = fetch.Files.Single();
        Assert.That(file.ArrivedAt, Is.EqualTo(new DateTime(2025, 6, 10, 9, 30, 0)), "02:30 UTC is 09:30 in Bangkok");
        Assert.That(file.Name, Is.EqualTo("training-form-2568-1-20250610-093000.csv"));
        Assert.That(File.ReadAllText(file.StagedPath), Is.EqualTo(Csv));
        Assert.That(file.Size, Is.EqualTo(Csv.Length));
    }

    [Test]
    public void Without_Last_Modified_the_arrival_is_the_download_time()
    {
        using var server = new LoopbackServer(c => LoopbackServer.Write(c, Csv));
        using var dir = new TempDir();
        var file = Source(server.Url("/export")).Run(new Staging(dir.Path), null, null, null, CancellationToken.None).Files.Single();
        Assert.That(file.ArrivedAt, Is.EqualTo(new DateTime(2025, 6, 20, 10, 0, 0)));
        Assert.That(file.Name, Is.EqualTo("training-form-20250620-100000.csv"));
    }

    [Test]
    public void The_validators_of_the_last_fetch_are_sent_and_a_304_is_nothing_new()
    {
        using var server = new LoopbackServer(async c =>
        {
            var etagMatches = c.Request.Headers["If-None-Match"] == "\"v1\"";
            var dateMatches = c.Request.Headers["If-Modified-Since"] == "Tue, 10 Jun 2025 02:30:00 GMT";
            if (etagMatches && dateMatches) c.Response.StatusCode = 304;
            else await LoopbackServer.Write(c, Csv);
        });
        using var dir = new TempDir();
        var fetch = Source(server.Url("/pub")).Run(new Staging(dir.Path), "\"v1\"", "Tue, 10 Jun 2025 02:30:00 GMT", null, CancellationToken.None);
        Assert.That(fetch.Outcome, Is.EqualTo(FetchOutcomes.NotModified), fetch.Message);
        Assert.That(fetch.HttpStatus, Is.EqualTo(304));
        Assert.That(fetch.Files, Is.Empty);
        Assert.That((fetch.ETag, fetch.LastModified), Is.EqualTo(("\"v1\"", "Tue, 10 Jun 2025 02:30:00 GMT")), "kept for the next fetch");
        Assert.That(Directory.GetFiles(dir.Path, "*", SearchOption.AllDirectories), Is.Empty);
    }

    [TestCase(404, "HTTP 404")]
    [TestCase(500, "HTTP 500")]
    public void An_error_status_fails_with_the_status_and_keeps_nothing(int status, string expected)
    {
        using var server = new LoopbackServer(c => LoopbackServer.Write(c, "oops", "text/plain", status));
        AssertFails(server.Url("/pub?output=csv&key=SECRET"), expected, Limits, status);
    }

    [Test]
    public void An_HTML_login_page_instead_of_CSV_fails()
    {
        using var server = new LoopbackServer(c => LoopbackServer.Write(c, "\n<!DOCTYPE html><html><body>Sign in</body></html>", "text/plain"));
        AssertFails(server.Url("/pub?output=csv"), "HTML", Limits, 200);
    }

    [Test]
    public void An_empty_body_fails()
    {
        using var server = new LoopbackServer(c => LoopbackServer.Write(c, ""));
        AssertFails(server.Url("/pub"), "empty", Limits, 200);
    }

    [Test]
    public void A_body_past_the_size_limit_fails_whether_announced_or_not()
    {
        using var announced = new LoopbackServer(c => LoopbackServer.Write(c, new string('x', 1001)));
        AssertFails(announced.Url("/big"), "larger than web.maxUploadMb", Limits, 200);
        using var chunked = new LoopbackServer(async c =>
        {
            c.Response.SendChunked = true;
            for (var i = 0; i < 20; i++) await c.Response.OutputStream.WriteAsync("a,b,c,d,e,f,g,h,i,j\n"u8.ToArray().Concat(new byte[80]).ToArray());
        });
        AssertFails(chunked.Url("/big"), "more than 1,000 bytes", Limits, 200);
    }

    [Test]
    public void A_redirect_loop_stops_after_five_redirects()
    {
        using var server = new LoopbackServer(c =>
        {
            c.Response.StatusCode = 302;
            c.Response.RedirectLocation = "/loop?n=" + c.Request.QueryString["n"] + "x";
            return Task.CompletedTask;
        });
        AssertFails(server.Url("/loop?n="), "more than 5 redirects", Limits, null);
        Assert.That(server.Requests, Has.Count.EqualTo(6), "the first request and five redirects");
    }

    [Test]
    public void Up_to_five_redirects_are_followed()
    {
        using var server = new LoopbackServer(async c =>
        {
            var n = int.Parse(c.Request.QueryString["n"]!, CultureInfo.InvariantCulture);
            if (n == 5) await LoopbackServer.Write(c, Csv);
            else { c.Response.StatusCode = 302; c.Response.RedirectLocation = $"/hop?n={n + 1}"; }
        });
        using var dir = new TempDir();
        var fetch = Source(server.Url("/hop?n=0")).Run(new Staging(dir.Path), null, null, null, CancellationToken.None);
        Assert.That(fetch.Outcome, Is.EqualTo(FetchOutcomes.New), fetch.Message);
    }

    [Test]
    public void An_endless_slow_answer_is_cut_off_at_the_timeout()
    {
        using var server = new LoopbackServer(async c =>
        {
            c.Response.SendChunked = true;
            for (var i = 0; i < 600; i++)
            {
                await c.Response.OutputStream.WriteAsync("a\n"u8.ToArray());
                await c.Response.OutputStream.FlushAsync();
                await Task.Delay(100);
            }
        });
        var watch = System.Diagnostics.Stopwatch.StartNew();
        AssertFails(server.Url("/slow"), "no complete answer within 1 s", Limits with { Timeout = TimeSpan.FromSeconds(1) }, null);
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));
    }

    [Test]
    public void Plain_http_to_another_machine_is_refused_and_the_query_is_masked()
    {
        using var dir = new TempDir();
        var fetch = Source(new Uri("http://docs.example.org/spreadsheets/d/e/XYZ/pub?output=csv&key=SECRET")).Run(new Staging(dir.Path), null, null, null, CancellationToken.None);
        Assert.That(fetch.Outcome, Is.EqualTo(FetchOutcomes.Failed));
        Assert.That(fetch.Message, Does.Contain("https is required").And.Contain("http://docs.example.org/spreadsheets/d/e/XYZ/pub?…").And.Not.Contain("SECRET"));
    }

    [Test]
    public void The_bearer_token_is_sent()
    {
        using var server = new LoopbackServer(c => LoopbackServer.Write(c, Csv));
        using var dir = new TempDir();
        new HttpSource("kobo", server.Url("/api/v2/export"), "tok-123", Limits, Clock).Run(new Staging(dir.Path), null, null, null, CancellationToken.None);
        Assert.That(server.Requests.Single()["Authorization"], Is.EqualTo("Bearer tok-123"));
    }

    [TestCase("https://docs.google.com/spreadsheets/d/e/2PACX-1v/pub?gid=0&single=true&output=csv", "https://docs.google.com/spreadsheets/d/e/2PACX-1v/pub?…")]
    [TestCase("https://user:pw@kf.kobotoolbox.org:8443/api/export", "https://kf.kobotoolbox.org:8443/api/export")]
    public void A_URL_is_shown_without_its_query_or_password(string url, string shown) =>
        Assert.That(MaskedUrl.Of(url), Is.EqualTo(shown));

    private static HttpSource Source(Uri url) => new("training-form", url, null, Limits, Clock);

    private static void AssertFails(Uri url, string expected, HttpLimits limits, int? status)
    {
        using var dir = new TempDir();
        var fetch = new HttpSource("training-form", url, null, limits, Clock).Run(new Staging(dir.Path), null, null, null, CancellationToken.None);
        Assert.That(fetch.Outcome, Is.EqualTo(FetchOutcomes.Failed));
        Assert.That(fetch.Message, Does.Contain(expected).And.Not.Contain("SECRET"));
        Assert.That(fetch.HttpStatus, Is.EqualTo(status));
        Assert.That(fetch.Files, Is.Empty);
        Assert.That(Directory.GetFiles(dir.Path, "*", SearchOption.AllDirectories), Is.Empty, "nothing half-loaded");
    }
}
