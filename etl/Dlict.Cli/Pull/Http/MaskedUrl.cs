namespace Dlict.Cli.Pull.Http;

/// <summary>
/// A URL as logs and <c>dlict status</c> show it: a published sheet's address is a secret held in its query string
/// (and sometimes a user:password), so both are hidden: <c>https://host/path?…</c>.
/// </summary>
public static class MaskedUrl
{
    public static string Of(Uri url)
    {
        var port = url.IsDefaultPort ? "" : $":{url.Port}";
        var query = url.Query.Length > 1 ? "?…" : "";
        return $"{url.Scheme}://{url.Host}{port}{url.AbsolutePath}{query}";
    }

    public static string Of(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? Of(uri) : Hide(url);

    private static string Hide(string text) => text.Split('?')[0] + (text.Contains('?', StringComparison.Ordinal) ? "?…" : "");
}
