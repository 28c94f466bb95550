using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;

namespace Dlict.Portal.Security;

/// <summary>
/// ASP.NET Core's rate limiter, all three at once: every request counts against its address; an upload or check
/// against its link; a login attempt against its address again, far tighter. Over any limit: 429 with a Thai line.
/// </summary>
public static class RateLimits
{
    public static void Configure(RateLimiterOptions o, PortalOptions options)
    {
        o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        o.GlobalLimiter = PartitionedRateLimiter.CreateChained(
            PartitionedRateLimiter.Create<HttpContext, string>(c => Window("a:" + ClientAddress.Of(c), options.PerAddressPerMinute)),
            PartitionedRateLimiter.Create<HttpContext, string>(c =>
                c.Request.Method == "POST" && ClientAddress.LinkToken(c) is { } token ? Window("s:" + token, options.PerLinkPerMinute) : RateLimitPartition.GetNoLimiter("")),
            PartitionedRateLimiter.Create<HttpContext, string>(c =>
                c.Request.Method == "POST" && c.Request.Path.Equals("/admin/login", StringComparison.Ordinal)
                    ? Window("l:" + ClientAddress.Of(c), options.LoginsPerMinute) : RateLimitPartition.GetNoLimiter("")));
        o.OnRejected = (context, cancellationToken) =>
        {
            context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
            context.HttpContext.Response.Headers.RetryAfter = "60";
            return new ValueTask(context.HttpContext.Response.WriteAsync(
                "ส่งคำขอถี่เกินไป โปรดรอสักครู่แล้วลองใหม่ / too many requests: wait a minute and try again", cancellationToken));
        };
    }

    private static RateLimitPartition<string> Window(string key, int perMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, perMinute),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
}
