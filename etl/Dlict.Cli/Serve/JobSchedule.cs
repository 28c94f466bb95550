using Cronos;
using Dlict.Cli.Settings;

namespace Dlict.Cli.Serve;

/// <summary>
/// The cron expression of each job (dlict.json <c>schedules</c>, else the defaults), read in Asia/Bangkok time.
/// Cronos computes the next due time for <c>dlict status</c>; Coravel runs the same expressions.
/// </summary>
public sealed class JobSchedule
{
    public static readonly TimeZoneInfo Bangkok = TimeZoneInfo.FindSystemTimeZoneById("Asia/Bangkok");

    public static readonly IReadOnlyDictionary<string, string> Defaults = new Dictionary<string, string>
    {
        [JobNames.Ingest] = "*/5 * * * *",
        [JobNames.Reminders] = "0 8 * * *",
        [JobNames.Report] = "0 7 1 * *",
        [JobNames.Pull] = Settings.SourceConfig.DefaultSchedule, // a source's own schedule comes first (sources.md)
    };

    /// <summary>The morning after each deadline, 07:00 Bangkok, the management workbook goes out too.</summary>
    public const string AfterDeadline = "0 7 * * *";

    private readonly Dictionary<string, string> _cron;

    private JobSchedule(Dictionary<string, string> cron) => _cron = cron;

    public string this[string job] => _cron[job];

    public static JobSchedule From(DlictConfig config)
    {
        var unknown = config.Schedules.Keys.Where(k => !Defaults.ContainsKey(k)).ToList();
        if (unknown.Count > 0)
            throw new UsageException($"ไม่รู้จักงาน {string.Join(", ", unknown)} ใน schedules ของ dlict.json / unknown job(s) in dlict.json schedules: {string.Join(", ", unknown)} (use {string.Join(", ", JobNames.All)})");
        var cron = Defaults.ToDictionary(d => d.Key, d => config.Schedules.TryGetValue(d.Key, out var s) && !string.IsNullOrWhiteSpace(s) ? s.Trim() : d.Value);
        foreach (var (job, expression) in cron) Parse(job, expression);
        return new JobSchedule(cron);
    }

    /// <summary>The next time (Bangkok local) after <paramref name="utcNow"/> when <paramref name="cron"/> is due.</summary>
    public static DateTime? NextDue(string cron, DateTime utcNow)
    {
        var next = CronExpression.Parse(cron).GetNextOccurrence(DateTime.SpecifyKind(utcNow, DateTimeKind.Utc), Bangkok);
        return next is { } n ? TimeZoneInfo.ConvertTimeFromUtc(n, Bangkok) : null;
    }

    /// <summary>Whether <paramref name="cron"/> is due in the minute that contains <paramref name="utcNow"/>.</summary>
    public static bool IsDueAt(string cron, DateTime utcNow)
    {
        var minute = new DateTime(utcNow.Year, utcNow.Month, utcNow.Day, utcNow.Hour, utcNow.Minute, 0, DateTimeKind.Utc);
        var next = CronExpression.Parse(cron).GetNextOccurrence(minute, Bangkok, inclusive: true);
        return next == minute;
    }

    public static void Parse(string job, string expression)
    {
        try
        {
            CronExpression.Parse(expression);
        }
        catch (CronFormatException e)
        {
            throw new UsageException($"ตารางเวลา '{expression}' ของงาน {job} ไม่ใช่ cron 5 ช่องที่ถูกต้อง / schedule '{expression}' of job {job} is not a valid 5-field cron expression: {e.Message}");
        }
    }
}
