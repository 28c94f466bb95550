using Dlict.Cli.Serve.Mail;
using Dlict.Cli.Settings;
using Dlict.Etl.Loading;
using Dlict.Reports.Completeness;
using Dlict.Warehouse;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Dlict.Cli.Serve;

/// <summary>The jobs of <c>dlict serve</c> built from the settings, and the runner that records them.</summary>
public sealed class ServeJobs
{
    public ServeJobs(DlictSettings settings, IWarehouse warehouse, IClock clock, IMailer? mailer, RetryPolicy retry, ILogger logger,
        Func<string, string, string>? attachment = null)
    {
        var config = settings.Config;
        Config = config;
        var runLog = new JobRunLog(warehouse, clock);
        var delivery = new Delivery(mailer, retry, runLog, clock, logger);
        // The reminder's attachment: the data officers' completeness workbook of the cycle.
        attachment ??= (cycle, path) => CompletenessWorkbook.Write(warehouse, new CompletenessRequest(cycle, path, config.Office.Name, BangkokTime.Now(clock)));
        Runner = new JobRunner(runLog, logger);
        Schedule = JobSchedule.From(config);
        Calendar = settings.Calendar;
        Ingest = new IngestJob(warehouse, settings.IngestOptions("serve") with { Clock = clock });
        Reminders = new ReminderJob(warehouse,
            new ReminderSettings(config.Office.Name, config.Recipients.DataOfficers, config.ReminderDaysBefore, settings.Calendar, settings.DataDir.Out),
            clock, delivery, attachment);
        var report = new ReportSettings(config.Office.Name, config.Recipients.Director, config.Delivery.Folder, settings.Calendar, settings.DataDir.Out);
        Report = new ReportJob(warehouse, report, clock, delivery);
        ReportAfterDeadline = new ReportJob(warehouse, report, clock, delivery, afterDeadline: true);
        PullOf = names => new PullJob(settings, warehouse, clock, Environment.GetEnvironmentVariable, names);
    }

    /// <summary>The pull of the named sources (null: all of them).</summary>
    public Func<IReadOnlyList<string>?, IServeJob> PullOf { get; }

    public DlictConfig Config { get; }

    public JobRunner Runner { get; }

    public JobSchedule Schedule { get; }

    public Etl.Cycles.CycleCalendar Calendar { get; }

    public IServeJob Ingest { get; }

    public IServeJob Reminders { get; }

    public IServeJob Report { get; }

    public IServeJob ReportAfterDeadline { get; }

    public IServeJob Named(string job) => job switch
    {
        JobNames.Ingest => Ingest,
        JobNames.Reminders => Reminders,
        JobNames.Report => Report,
        JobNames.Pull => PullOf(null),
        _ => throw new UsageException($"ไม่รู้จักงาน '{job}' / unknown job '{job}': use {string.Join(", ", JobNames.All)}"),
    };

    public JobResult Run(IServeJob job, CancellationToken cancellationToken) => Runner.Run(job, cancellationToken);
}
