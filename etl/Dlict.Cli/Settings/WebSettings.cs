namespace Dlict.Cli.Settings;

/// <summary>The web front's address: <c>--urls</c>, else <c>DLICT_URLS</c>, else <c>web.urls</c>, else loopback port 5080 (portal.md).</summary>
public static class WebSettings
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static IReadOnlyList<string> Urls(string? option, DlictSettings settings, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var text = option ?? environment("DLICT_URLS") ?? settings.Config.Web.Urls ?? DefaultUrls;
        var urls = text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var url in urls)
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                throw new UsageException($"ที่อยู่เว็บ '{url}' ไม่ถูกต้อง เช่น http://127.0.0.1:5080 / invalid web address '{url}', e.g. http://127.0.0.1:5080");
        return urls.Length == 0 ? [DefaultUrls] : urls;
    }
}
