using Microsoft.AspNetCore.Http;

namespace Dlict.Portal.Security;

/// <summary>The client's address as recorded and rate-limited (behind a proxy on this machine: X-Forwarded-For, see docs/web.md).</summary>
public static class ClientAddress
{
    public static string Of(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>The token of a school link in the path (<c>/s/&lt;token&gt;...</c>), else null. Never logged.</summary>
    public static string? LinkToken(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        if (!path.StartsWith("/s/", StringComparison.Ordinal)) return null;
        var rest = path[3..];
        var slash = rest.IndexOf('/');
        return slash < 0 ? rest : rest[..slash];
    }
}
