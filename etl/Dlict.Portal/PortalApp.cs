using System.Security.Cryptography.X509Certificates;
using Dlict.Portal.Pages;
using Dlict.Portal.Schools;
using Dlict.Portal.Security;
using Dlict.Portal.Uploads;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dlict.Portal;

/// <summary>
/// The web front (portal.md): Kestrel on <see cref="PortalOptions.Urls"/>, the school pages and upload endpoints,
/// the officer's dashboard, security headers and rate limits. `dlict serve` runs it beside the Coravel jobs.
/// </summary>
public static class PortalApp
{
    public static WebApplication Build(PortalOptions options, IUploadPipeline pipeline)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = options.DataDir.Root, Args = [] });
        builder.Logging.ClearProviders();
        options.Logging?.Invoke(builder.Logging);
        // The framework's request lines carry the path, and a school's path carries its secret: only warnings and errors, never the URL.
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning).AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.None);
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = options.MaxUploadBytes + (1 << 20); // the form's own bytes around the file
            if (options.CertificatePath is { } path)
                k.ConfigureHttpsDefaults(h => h.ServerCertificate = X509CertificateLoader.LoadPkcs12FromFile(path, options.CertificatePassword));
        });
        builder.Services.Configure<FormOptions>(f =>
        {
            f.MultipartBodyLengthLimit = options.MaxUploadBytes;
            f.ValueCountLimit = 32;
        });
        builder.Services.Configure<ForwardedHeadersOptions>(f => f.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);
        options.Services?.Invoke(builder.Services);
        builder.Services.AddRateLimiter(o => RateLimits.Configure(o, options));
        builder.Services.AddAntiforgery(a =>
        {
            a.Cookie.Name = "dlict-af";
            a.Cookie.SameSite = SameSiteMode.Strict;
            a.Cookie.HttpOnly = true;
            a.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest;
            a.FormFieldName = "af";
        });

        var app = builder.Build();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("dlict.web");
        app.UseForwardedHeaders(); // trusts only a proxy on this machine (loopback), ASP.NET's default
        app.Use(SecurityHeaders.Add);
        app.UseRateLimiter();
        app.MapGet("/portal.css", () => Results.Text(PortalCss.Text, "text/css; charset=utf-8"));
        var turn = new IngestTurn(options.DataDir, options.TurnTimeout);
        app.Lifetime.ApplicationStopped.Register(turn.Dispose);
        if (options.Warehouse is IDisposable pooled) app.Lifetime.ApplicationStopped.Register(pooled.Dispose); // a pooled warehouse's kept connections
        new SchoolEndpoints(options, pipeline, turn, logger).Map(app);
        if (options.AdminPassword is { Length: > 0 } password)
            new Admin.AdminEndpoints(options, new Admin.AdminSessions(password), app.Services.GetRequiredService<Microsoft.AspNetCore.Antiforgery.IAntiforgery>(), logger).Map(app);
        app.MapFallback(SchoolEndpoints.NotFound);
        return app;
    }
}
