using System.Net.Http.Headers;
using Dlict.Etl.Loading;
using Dlict.Portal;
using Dlict.Portal.Links;
using Dlict.Portal.Uploads;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace Dlict.Tests.Portal;

/// <summary>
/// The web front on a free loopback port over a test warehouse with a small registry and one live link per school.
/// The clock stands on 1 Jul 2025 (Bangkok 10:00): the current cycle is 2568/2 (deadline 10 Nov 2025).
/// </summary>
public sealed class PortalServer : IAsyncDisposable
{
    public const string A = "1041010001";
    public const string B = "1041010002";
    public const string Script = "1041020001";
    public const string AdminPassword = "ครู-ข้อมูล-2568";

    private PortalServer(TestWarehouse w, WebApplication app, Dictionary<string, string> tokens, CapturedLog log)
    {
        W = w;
        App = app;
        Tokens = tokens;
        Log = log;
        BaseUrl = app.Urls.First();
        Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(BaseUrl) };
    }

    public TestWarehouse W { get; }

    public WebApplication App { get; }

    public HttpClient Http { get; }

    public string BaseUrl { get; }

    public Dictionary<string, string> Tokens { get; }

    public CapturedLog Log { get; }

    public static async Task<PortalServer> Start(Func<PortalOptions, PortalOptions>? tune = null)
    {
        var w = new TestWarehouse();
        w.LoadRegistry((A, "บ้านหนองบัว", "เพ็ญ"), (B, "บ้านโคก", "เพ็ญ"), (Script, "<script>alert(1)</script> บ้านดุง", "บ้านดุง"));
        var links = new LinkIssuer(w.Warehouse).Issue("http://x", [], reissue: false, new DateTime(2025, 6, 30, 9, 0, 0));
        var log = new CapturedLog();
        var options = new PortalOptions
        {
            Warehouse = w.Warehouse,
            Ingest = new IngestOptions(w.DataDir) { Clock = w.Clock, HashKey = w.HashKey, Command = "web" },
            Urls = ["http://127.0.0.1:0"],
            AdminPassword = AdminPassword,
            WrongPasswordDelay = TimeSpan.FromMilliseconds(300),
            Logging = l => l.AddProvider(log).SetMinimumLevel(LogLevel.Trace),
        };
        var app = PortalApp.Build(tune?.Invoke(options) ?? options, new UploadDoor(w.Warehouse, options.Ingest));
        await app.StartAsync();
        return new PortalServer(w, app, links.ToDictionary(l => l.SchoolCode, l => l.Url.Split("/s/")[1]), log);
    }

    public string PathOf(string school) => "/s/" + Tokens[school];

    /// <summary>POSTs a file as a browser or a script would (multipart, field <c>file</c>), optionally asking for JSON.</summary>
    public Task<HttpResponseMessage> Send(string school, string action, byte[] bytes, string fileName, string? cycle = null, bool json = true)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        if (cycle is not null) form.Add(new StringContent(cycle), "cycle");
        var request = new HttpRequestMessage(HttpMethod.Post, $"{PathOf(school)}/{action}") { Content = form };
        if (json) request.Headers.Accept.ParseAdd("application/json");
        return Http.SendAsync(request);
    }

    public static byte[] Csv(string text) => TestWarehouse.Utf8Bom.GetPreamble().Concat(TestWarehouse.Utf8Bom.GetBytes(text)).ToArray();

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        W.Dispose();
    }
}
