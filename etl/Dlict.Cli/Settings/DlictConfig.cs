using System.Text.Json;
using System.Text.Json.Serialization;

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

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static DlictConfig Load(string path)
    {
        if (!File.Exists(path)) return new DlictConfig();
        try
        {
            var text = File.ReadAllText(path);
            using (var document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }))
                RefuseUnknownKeys(path, document.RootElement);
            return JsonSerializer.Deserialize<DlictConfig>(text, Json) ?? new DlictConfig();
        }
        catch (JsonException e)
        {
            throw new UsageException($"อ่านไฟล์ตั้งค่า {path} ไม่ได้ / Cannot read {path}: {e.Message}");
        }
    }

    private static void RefuseUnknownKeys(string path, JsonElement root)
    {
        var unknown = ConfigKeys.Unknown(root);
        if (unknown.Count == 0) return;
        var first = unknown[0];
        var known = string.Join(", ", ConfigKeys.Siblings(first));
        throw new UsageException(
            $"ไม่รู้จักคีย์ {string.Join(", ", unknown.Select(k => $"'{k}'"))} ใน {path} (คีย์ที่รู้จักในระดับนี้: {known}) / " +
            $"unknown key {string.Join(", ", unknown.Select(k => $"'{k}'"))} in {path} (known at this level: {known})");
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
