using System.Net;
using Dlict.Cli.Settings;

namespace Dlict.Cli.Pull.Http;

/// <summary>
/// What one HTTP fetch may take: <paramref name="MaxBytes"/> (<c>web.maxUploadMb</c>), <paramref name="Timeout"/> for
/// the whole answer (connect, headers and body: a server that trickles bytes for ever is cut off), and at most
/// <paramref name="MaxRedirects"/> redirects.
/// </summary>
public sealed record HttpLimits(long MaxBytes, TimeSpan Timeout, int MaxRedirects = 5)
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(2);

    public static HttpLimits From(DlictConfig config) => new(BytesOf(config.Web), DefaultTimeout);

    public static long BytesOf(WebConfig web) => (long)(Math.Max(0, web.MaxUploadMb) * 1024 * 1024);

    /// <summary>https, or plain http to this machine only (a test server, a local proxy): a sheet's data never crosses the network in clear text.</summary>
    public static bool Allowed(Uri url) =>
        url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && IsLoopback(url));

    private static bool IsLoopback(Uri url) =>
        url.IsLoopback || (IPAddress.TryParse(url.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
}
