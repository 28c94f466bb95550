namespace Dlict.Cli.Settings;

/// <summary>
/// One entry of <c>sources</c> in dlict.json (sources.md): exactly one of <see cref="Url"/>, <see cref="Imap"/> or
/// <see cref="Folder"/>; <see cref="Kind"/> and <see cref="Cycle"/> are hints as <c>--kind</c>/<c>--cycle</c> are for ingest.
/// </summary>
public sealed record SourceConfig
{
    public string Name { get; init; } = "";

    public string? Url { get; init; }

    public ImapSourceConfig? Imap { get; init; }

    public string? Folder { get; init; }

    public string? Kind { get; init; }

    public string? Cycle { get; init; }

    /// <summary>5-field cron in Asia/Bangkok time; null: every 30 minutes.</summary>
    public string? Schedule { get; init; }

    public const string DefaultSchedule = "*/30 * * * *";
}

/// <param name="Security">ssl (port 993), starttls (143) or none (loopback only).</param>
public sealed record ImapSourceConfig(string Host, int Port = 993, string Security = "ssl", string? User = null, string Folder = "INBOX",
    string DoneFolder = "dlict-done");
