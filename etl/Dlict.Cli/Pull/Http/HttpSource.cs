using System.Net;
using System.Net.Http.Headers;
using Dlict.Warehouse;
using NodaTime;

namespace Dlict.Cli.Pull.Http;

/// <summary>
/// One HTTP(S) source (sources.md): a conditional GET with the validators of the last successful fetch; 304 means
/// nothing new; 200 brings the body as a new file whose arrival time is the response's Last-Modified (else now).
/// The body goes to a staging file and is kept only when it is complete, not empty, within the size limit and not an
/// HTML page; on every failure nothing is kept.
/// </summary>
public sealed class HttpSource(string name, Uri url, string? bearerToken, HttpLimits limits, IClock clock)
{
    public Fetch Run(Staging staging, string? etag, string? lastModified, Dlict.Warehouse.Cycle? cycle, CancellationToken cancellationToken)
    {
        var shown = MaskedUrl.Of(url);
        if (!HttpLimits.Allowed(url))
            return Fetch.Failed($"ต้องใช้ https (ยกเว้นเครื่องนี้เอง) / https is required except for this machine: {shown}");
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(limits.Timeout);
        using var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            ConnectTimeout = limits.Timeout < TimeSpan.FromSeconds(30) ? limits.Timeout : TimeSpan.FromSeconds(30),
            AutomaticDecompression = DecompressionMethods.All,
        };
        using var client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        try
        {
            using var response = Follow(client, etag, lastModified, deadline.Token, out var failure);
            if (response is null) return Fetch.Failed(failure!);
            return Answer(response, staging, etag, lastModified, cycle, deadline.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Fetch.Failed($"ไม่ได้คำตอบครบภายใน {limits.Timeout.TotalSeconds:0} วินาที / no complete answer within {limits.Timeout.TotalSeconds:0} s from {shown}");
        }
        catch (HttpRequestException e)
        {
            return Fetch.Failed($"เชื่อมต่อไม่ได้ / cannot reach {shown}: {e.Message}");
        }
        catch (IOException e)
        {
            return Fetch.Failed($"รับข้อมูลไม่ครบ / the answer broke off from {shown}: {e.Message}");
        }
    }

    /// <summary>The GET, following at most <see cref="HttpLimits.MaxRedirects"/> redirects, each to an allowed address; the token only goes to the configured host.</summary>
    private HttpResponseMessage? Follow(HttpClient client, string? etag, string? lastModified, CancellationToken token, out string? failure)
    {
        var current = url;
        for (var hop = 0; ; hop++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, current);
            if (etag is not null) request.Headers.TryAddWithoutValidation("If-None-Match", etag);
            if (lastModified is not null) request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
            if (bearerToken is not null && current.Authority == url.Authority) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
            var response = client.Send(request, HttpCompletionOption.ResponseHeadersRead, token);
            if ((int)response.StatusCode is < 300 or >= 400 || response.StatusCode == HttpStatusCode.NotModified)
            {
                failure = null;
                return response;
            }
            var location = response.Headers.Location;
            response.Dispose();
            if (location is null)
            {
                failure = $"HTTP {(int)response.StatusCode} ไม่บอกที่อยู่ใหม่ / redirect without a Location from {MaskedUrl.Of(current)}";
                return null;
            }
            if (hop >= limits.MaxRedirects)
            {
                failure = $"ส่งต่อเกิน {limits.MaxRedirects} ครั้ง (วนซ้ำ?) / more than {limits.MaxRedirects} redirects (a loop?) from {MaskedUrl.Of(url)}";
                return null;
            }
            current = location.IsAbsoluteUri ? location : new Uri(current, location);
            if (!HttpLimits.Allowed(current))
            {
                failure = $"ถูกส่งต่อไปยังที่อยู่ที่ไม่ใช่ https / redirected to an address that is not https: {MaskedUrl.Of(current)}";
                return null;
            }
        }
    }

    private Fetch Answer(HttpResponseMessage response, Staging staging, string? etag, string? lastModified, Dlict.Warehouse.Cycle? cycle, CancellationToken token)
    {
        var status = (int)response.StatusCode;
        if (response.StatusCode == HttpStatusCode.NotModified)
            return new Fetch(FetchOutcomes.NotModified, [], "304 ไม่มีอะไรใหม่ / not modified")
            { HttpStatus = status, ETag = response.Headers.ETag?.ToString() ?? etag, LastModified = lastModified };
        if (!response.IsSuccessStatusCode)
            return Fetch.Failed($"HTTP {status} {response.ReasonPhrase} จาก / from {MaskedUrl.Of(url)}", status);
        if (response.Content.Headers.ContentLength > limits.MaxBytes)
            return Fetch.Failed(TooLarge(response.Content.Headers.ContentLength.Value), status);
        var staged = staging.NewPath();
        var kept = false;
        try
        {
            var refusal = Body.Save(response, staged, limits.MaxBytes, token);
            if (refusal is not null) return Fetch.Failed(refusal, status);
            var arrived = ArrivalOf(response);
            var file = new PulledFile(PulledName.Versioned(name, cycle, arrived, PulledName.ExtensionOf(staged, Body.ServerName(response))),
                staged, arrived, new FileInfo(staged).Length, Staging.HashOf(staged));
            kept = true;
            return new Fetch(FetchOutcomes.New, [file], null)
            { HttpStatus = status, ETag = response.Headers.ETag?.ToString(), LastModified = response.Content.Headers.LastModified?.ToString("R") };
        }
        finally
        {
            if (!kept) Staging.Discard(staged);
        }
    }

    /// <summary>Last-Modified (Bangkok local): a sheet published before the deadline is on time though pulled after it. A date ahead of the clock counts as now.</summary>
    private DateTime ArrivalOf(HttpResponseMessage response)
    {
        var now = BangkokTime.Now(clock);
        if (response.Content.Headers.LastModified is not { } modified) return now;
        var arrived = BangkokTime.FromUtc(modified.UtcDateTime);
        return arrived > now ? now : arrived;
    }

    private string TooLarge(long bytes) =>
        $"ใหญ่เกิน web.maxUploadMb ({limits.MaxBytes / 1048576.0:0.#} MB) / larger than web.maxUploadMb ({limits.MaxBytes / 1048576.0:0.#} MB): {bytes:N0} bytes or more";
}
