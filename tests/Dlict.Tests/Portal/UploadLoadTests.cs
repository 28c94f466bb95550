using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Dlict.Etl.Loading;
using Dlict.Etl.Values;
using Dlict.Portal.Links;
using Dlict.Tests.Proof;

namespace Dlict.Tests.Portal;

/// <summary>
/// Issue 19's load: 100 schools upload a 2,000-row roster at once over loopback (bounded: 100 requests, 5 minutes) to
/// the real `dlict serve --no-jobs` in its own process, as an office runs it (with dlict's runtime settings: no
/// tiered PGO, no background GC), the schools' client in this one. Every answer is 200 "loaded", each roster is
/// loaded exactly once, and the 95th percentile is printed beside the time of a single upload (docs/performance.md).
/// </summary>
public class UploadLoadTests
{
    private const int Schools = 100;
    private const int Rows = 2_000;
    private const int WarmUpRounds = 3;

    /// <summary>Each school from its own network, as the reverse proxy on this machine reports it (docs/web.md).</summary>
    private static string Address(int i) => $"10.41.{i / 250}.{1 + i % 250}";

    private static string Code(int i) => (1041300000 + i).ToString(CultureInfo.InvariantCulture);

    // A school's export carries names (read past, never kept), so no two schools' files are the same size: school i has i
    // longer surnames. (Without that every file was 2000 rows of the same names in another order, the same size, and
    // went the way of a file that may have been sent before: hashed first, then loaded.)
    private static readonly string[] FirstNames = ["สมชาย", "สมหญิง", "ปิยะ", "กนกวรรณ", "ธนากร", "ณัฐธิดา", "วีระ"];
    private static readonly string[] LastNames = ["ใจดี", "ศรีสุข", "บุญมา", "แก้วประเสริฐ", "ทองคำ"];

    /// <summary>A roster of <see cref="Rows"/> pupils with valid citizen IDs unique to school <paramref name="i"/>.</summary>
    private static byte[] Roster(int i)
    {
        var b = new StringBuilder("school_code,student_id,first_name,last_name,grade,sex,academic_year,round\n");
        for (var r = 0; r < Rows; r++)
        {
            var stem = "1" + (410 + i).ToString("000", CultureInfo.InvariantCulture) + r.ToString("00000000", CultureInfo.InvariantCulture);
            b.Append(Code(i)).Append(',').Append(stem).Append(CitizenId.CheckDigit(stem)).Append(',')
                .Append(FirstNames[(i * 7 + r) % FirstNames.Length]).Append(',').Append(LastNames[(i * 13 + r * 3) % LastNames.Length]).Append(r < i ? "ศรี" : "")
                .Append(",ป.").Append(1 + r % 6).Append(',').Append(r % 2 == 0 ? "ชาย" : "หญิง").Append(",2568,2\n");
        }
        return PortalServer.Csv(b.ToString());
    }

    [Test]
    [CancelAfter(300_000)]
    public async Task A_hundred_schools_upload_a_2000_row_roster_at_once_with_no_error_each_loaded_once()
    {
        using var w = new TestWarehouse();
        w.LoadRegistry([.. Enumerable.Range(0, Schools + 2).Select(i => (Code(i), $"โรงเรียน {i}", i % 2 == 0 ? "เพ็ญ" : "บ้านดุง"))]);
        var tokens = new LinkIssuer(w.Warehouse).Issue("http://x", [], false, DateTime.UtcNow.AddHours(7)).ToDictionary(l => l.SchoolCode, l => l.Url.Split("/s/")[1]);
        var port = FreePort();
        // The data folder's own hash key file (the test warehouse's), not DlictProcess's fixed key.
        using var serve = DlictProcess.Start(w.DataDir.Root, new Dictionary<string, string> { ["DLICT_HASH_KEY"] = "" },
            "serve", "--no-jobs", "--urls", $"http://127.0.0.1:{port}");
        var output = serve.StandardOutput.ReadToEndAsync();
        var errors = serve.StandardError.ReadToEndAsync();
        var all = Array.Empty<(TimeSpan Elapsed, string Status)>();
        (TimeSpan Elapsed, string Status) single, warm;
        try
        {
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 200 }) { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await Listening(http, serve, errors);
            var files = Enumerable.Range(0, Schools + 2).Select(Roster).ToList();
            Assert.That(files.Select(f => f.Length), Is.Unique, "each school's file its own size, as real exports are");

            single = await Upload(http, tokens[Code(Schools)], files[Schools]);
            // A server that has run for a while: three rounds of checks (which keep nothing) of every file let the JIT settle its tiers first.
            var checks = new List<(TimeSpan Elapsed, string Status)>();
            for (var round = 0; round < WarmUpRounds; round++)
                checks.AddRange(await Task.WhenAll(Enumerable.Range(0, Schools).Select(i => Upload(http, tokens[Code(i)], files[i], check: true, address: Address(i)))));
            await Task.Delay(TimeSpan.FromSeconds(3)); // and a pause, as between uploads: the JIT finishes its background work
            var watch = Stopwatch.StartNew();
            all = await Task.WhenAll(Enumerable.Range(0, Schools).Select(i => Upload(http, tokens[Code(i)], files[i], address: Address(i))));
            var wall = watch.Elapsed;
            warm = await Upload(http, tokens[Code(Schools + 1)], files[Schools + 1]);

            var times = all.Select(a => a.Elapsed.TotalMilliseconds).Order().ToList();
            var lastChecks = checks.TakeLast(Schools).Select(a => a.Elapsed.TotalMilliseconds).Order().ToList();
            var p50 = times[Schools / 2 - 1];
            var p95 = times[(int)Math.Ceiling(Schools * 0.95) - 1];
            TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"single upload {single.Elapsed.TotalMilliseconds:0} ms (first, cold), {warm.Elapsed.TotalMilliseconds:0} ms (warm); 100 at once: p50 {p50:0} ms, p95 {p95:0} ms, max {times[^1]:0} ms, wall {wall.TotalMilliseconds:0} ms; the last 100 checks at once before it: p95 {lastChecks[(int)Math.Ceiling(Schools * 0.95) - 1]:0} ms"));
            Assert.That(checks.Select(a => a.Status), Has.All.EqualTo("200 loaded 2000"), "a check answers what the upload would load");
            // portal.md asks for p95 < 1 s: 0.81-0.90 s on this 2-core machine (docs/performance.md). CI shares its cores, so the
            // test holds twice that: an unpooled server (2.2-2.4 s) or a second pass per upload would fail it.
            Assert.That(wall, Is.LessThan(TimeSpan.FromSeconds(120)), "bounded in time");
            Assert.That(p95, Is.LessThan(2_000), "p95 in ms, twice the goal");
        }
        finally
        {
            if (!serve.HasExited) serve.Kill(entireProcessTree: true);
            await serve.WaitForExitAsync();
        }
        Assert.That(all.Concat([single, warm]).Select(a => a.Status), Has.All.EqualTo("200 loaded 2000"));
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM etl_file WHERE status = 'loaded' AND kind = 'students'"), Is.EqualTo(Schools + 2));
        Assert.That(w.Scalar<long>("SELECT COUNT(DISTINCT school_code) FROM fact_student"), Is.EqualTo(Schools + 2));
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM fact_student"), Is.EqualTo((Schools + 2L) * Rows));
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM portal_upload WHERE outcome = 'loaded' AND mode = 'upload'"), Is.EqualTo(Schools + 2));
        Assert.That(await output, Does.Contain("upload school " + Code(0)), "dlict serve logged the uploads");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Waits until dlict serve answers (its first start builds nothing, but loads the runtime: a few seconds).</summary>
    private static async Task Listening(HttpClient http, Process serve, Task<string> errors)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            if (serve.HasExited) Assert.Fail($"dlict serve stopped ({serve.ExitCode}): {await errors}");
            try
            {
                using var response = await http.GetAsync("/");
                return;
            }
            catch (HttpRequestException) when (DateTime.UtcNow < until)
            {
                await Task.Delay(100);
            }
        }
    }

    private static async Task<(TimeSpan Elapsed, string Status)> Upload(HttpClient http, string token, byte[] bytes, bool check = false, string address = "127.0.0.1")
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "roster.csv");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/s/{token}/{(check ? "check" : "upload")}") { Content = form };
        request.Headers.Accept.ParseAdd("application/json");
        request.Headers.Add("X-Forwarded-For", address);
        var watch = Stopwatch.StartNew();
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var elapsed = watch.Elapsed;
        if (!response.IsSuccessStatusCode) return (elapsed, $"{(int)response.StatusCode} {body}");
        var json = JsonDocument.Parse(body).RootElement;
        return (elapsed, $"200 {json.GetProperty("status").GetString()} {json.GetProperty("rows_loaded").GetInt64()}" +
            (json.GetProperty("status").GetString() == "loaded" ? "" : " " + json.GetProperty("message").GetString()));
    }
}
