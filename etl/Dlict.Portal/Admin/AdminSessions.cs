using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Dlict.Portal.Admin;

/// <summary>
/// The officer's login: the password of <c>DLICT_ADMIN_PASSWORD</c> compared in constant time, and sessions held in
/// memory (a restart logs everyone out) behind a cookie that is HttpOnly, SameSite=Strict, Secure over TLS, /admin only.
/// </summary>
public sealed class AdminSessions(string password)
{
    public const string CookieName = "dlict-admin";

    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    private readonly byte[] _password = SHA256.HashData(Encoding.UTF8.GetBytes(password));
    private readonly ConcurrentDictionary<string, DateTime> _sessions = new(StringComparer.Ordinal);

    public bool Matches(string? attempt) =>
        CryptographicOperations.FixedTimeEquals(_password, SHA256.HashData(Encoding.UTF8.GetBytes(attempt ?? "")));

    public void Start(HttpContext context)
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        _sessions[id] = DateTime.UtcNow + Lifetime;
        context.Response.Cookies.Append(CookieName, id, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            Path = "/admin",
            MaxAge = Lifetime,
            IsEssential = true,
        });
    }

    public bool IsSignedIn(HttpContext context)
    {
        if (!context.Request.Cookies.TryGetValue(CookieName, out var id) || id is null || !_sessions.TryGetValue(id, out var until)) return false;
        if (until > DateTime.UtcNow) return true;
        _sessions.TryRemove(id, out _);
        return false;
    }

    public void End(HttpContext context)
    {
        if (context.Request.Cookies.TryGetValue(CookieName, out var id) && id is not null) _sessions.TryRemove(id, out _);
        context.Response.Cookies.Delete(CookieName, new CookieOptions { Path = "/admin" });
    }
}
