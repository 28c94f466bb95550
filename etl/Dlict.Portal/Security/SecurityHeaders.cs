using Microsoft.AspNetCore.Http;

namespace Dlict.Portal.Security;

/// <summary>
/// The headers of every answer (portal.md "Security rules"): only this server's own resources, never in a frame,
/// no content sniffing, and no Referer (a school's page address holds its secret).
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy = "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'";

    public static Task Add(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-cache, no-store"; // what antiforgery sets on a form page: as it wants, it warns of nothing
        headers.Pragma = "no-cache";
        return next();
    }
}
