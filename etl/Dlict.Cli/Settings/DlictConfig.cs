using Microsoft.Extensions.Configuration;

namespace Dlict.Cli.Settings;

/// <summary>
/// <c>dlict.json</c> in the data folder (reports.md shows the keys). Secrets never live here: the SQL and SMTP
/// passwords and the hash key come from the environment.
/// </summary>
public sealed record DlictConfig
{
    public OfficeConfig Office { get; init; } = new();

    public WarehouseConfig? Warehouse { get; init; }

    /// <summary>Deadlines OBEC moved: <c>{ "2568/1": "2025-06-12" }</c>; other cycles keep the defaults of inputs.md.</summary>
    public Dictionary<string, DateOnly> Deadlines { get; init; } = [];

    public SmtpConfig? Smtp { get; init; }

    public RecipientsConfig Recipients { get; init; } = new();

    public DeliveryConfig Delivery { get; init; } = new();

    public Dictionary<string, string> Schedules { get; init; } = [];

    public int[] ReminderDaysBefore { get; init; } = [14, 7, 3, 1];

    public InboxConfig Inbox { get; init; } = new();

    public ArchiveConfig Archive { get; init; } = new();

    /// <summary>Where <c>dlict pull</c> fetches from (sources.md).</summary>
    public SourceConfig[] Sources { get; init; } = [];

    public WebConfig Web { get; init; } = new();

    /// <summary>dlict.json alone (no environment, no options) bound to the settings records.</summary>
    public static DlictConfig Load(string path) =>
        From(new ConfigurationBuilder().AddDlict(path, new Dictionary<string, string?>(), _ => null), path);

    /// <summary>
    /// The settings records bound from <paramref name="sources"/> (<see cref="SettingSources"/>); a value of the wrong
    /// type is a usage error naming <paramref name="path"/>.
    /// </summary>
    public static DlictConfig From(IConfigurationBuilder sources, string path)
    {
        try
        {
            var configuration = sources.Build();
            var config = configuration.Get<DlictConfig>() ?? new DlictConfig();
            ArrayBinding.Replace(config, configuration);
            return config;
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or InvalidDataException)
        {
            throw ConfigFile.Unreadable(path, e.InnerException?.Message is { } inner ? $"{e.Message} {inner}" : e.Message);
        }
    }
}

public sealed record OfficeConfig
{
    /// <summary>Null: the registry's own office row names the office, else a neutral name (reports.md).</summary>
    public string? Name { get; init; }
}

/// <param name="ReaderConnection">The login `dlict sql` uses (SELECT only); the main connection when absent, with a warning.</param>
public sealed record WarehouseConfig(string? Provider, string? Connection, string? ReaderConnection = null);

/// <param name="AllowPlainText">Lets <c>security: none</c> reach a host that is not this machine (the password travels in clear text).</param>
public sealed record SmtpConfig(string Host, int Port = 587, string Security = "starttls", string? User = null, string? From = null, bool AllowPlainText = false);

public sealed record RecipientsConfig
{
    public string[] DataOfficers { get; init; } = [];

    public string[] Director { get; init; } = [];
}

public sealed record DeliveryConfig
{
    public string? Folder { get; init; }
}

/// <summary><c>inbox.settleSeconds</c>: a file written more recently than this waits for the next run (it may still be being copied).</summary>
public sealed record InboxConfig
{
    public double SettleSeconds { get; init; } = Etl.Loading.IngestOptions.DefaultSettleTime.TotalSeconds;
}

/// <summary><c>archive.keepDays</c>: how long archive/ and rejected/ keep files of personal-data kinds (docs/privacy.md); null: forever.</summary>
public sealed record ArchiveConfig
{
    public int? KeepDays { get; init; } = Etl.Loading.IngestOptions.DefaultKeepDays;
}

/// <summary><c>web.*</c>: the web front of <c>dlict serve</c> (docs/web.md). The certificate's password comes from <c>DLICT_CERT_PASSWORD</c>.</summary>
public sealed record WebConfig
{
    /// <summary>Where to listen, <c>;</c>-separated (ASP.NET's form); <c>--urls</c> and <c>DLICT_URLS</c> come first.</summary>
    public string? Urls { get; init; }

    /// <summary>A .pfx file for HTTPS served by Kestrel itself (no reverse proxy).</summary>
    public string? Certificate { get; init; }

    public int MaxUploadMb { get; init; } = 20;
}
