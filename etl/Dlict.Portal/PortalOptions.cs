using Dlict.Etl.Cycles;
using Dlict.Etl.Loading;
using Dlict.Warehouse;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Dlict.Portal;

/// <summary>Everything the web front needs from its host (`dlict serve` resolves it from dlict.json and the environment).</summary>
public sealed record PortalOptions
{
    public required IWarehouse Warehouse { get; init; }

    /// <summary>The options a file is loaded with (calendar, hash key, clock), as the inbox's ingest has them.</summary>
    public required IngestOptions Ingest { get; init; }

    public DataDirectory DataDir => Ingest.DataDir;

    public CycleCalendar Calendar => Ingest.Calendar;

    public IClock Clock => Ingest.Clock;

    /// <summary>Where Kestrel listens (portal.md: loopback port 5080 unless told).</summary>
    public IReadOnlyList<string> Urls { get; init; } = ["http://127.0.0.1:5080"];

    /// <summary><c>web.certificate</c>: a .pfx for HTTPS served by Kestrel itself; its password from <c>DLICT_CERT_PASSWORD</c>.</summary>
    public string? CertificatePath { get; init; }

    public string? CertificatePassword { get; init; }

    /// <summary><c>web.maxUploadMb</c> (default 20 MB).</summary>
    public long MaxUploadBytes { get; init; } = 20L * 1024 * 1024;

    /// <summary><c>DLICT_ADMIN_PASSWORD</c>: the dashboard is off without it.</summary>
    public string? AdminPassword { get; init; }

    public string? OfficeName { get; init; }

    /// <summary>Requests per minute one address may make (every path), and uploads/checks per minute through one link.</summary>
    public int PerAddressPerMinute { get; init; } = 300;

    public int PerLinkPerMinute { get; init; } = 30;

    /// <summary>Login attempts per minute from one address.</summary>
    public int LoginsPerMinute { get; init; } = 5;

    /// <summary>How long a wrong admin password is answered late (slows guessing further).</summary>
    public TimeSpan WrongPasswordDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long an upload waits for its turn at the warehouse (another upload, the scheduled ingest) before it gives up.</summary>
    public TimeSpan TurnTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>"Send reminders now" on the dashboard: the serve job's reminders, returning what it did (null: not configured).</summary>
    public Func<Admin.ReminderRequest, CancellationToken, string>? SendReminders { get; init; }

    /// <summary>More services for the web host (`dlict serve --no-jobs`: systemd / Windows service integration).</summary>
    public Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? Services { get; init; }

    /// <summary>Logging of the host (console and file under `dlict serve`); the framework's own request lines never reach it.</summary>
    public Action<ILoggingBuilder>? Logging { get; init; }
}
