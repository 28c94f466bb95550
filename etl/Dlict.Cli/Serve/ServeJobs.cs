using Dlict.Cli.Settings;
using Microsoft.Extensions.DependencyInjection;

namespace Dlict.Cli.Serve;

/// <summary>The jobs by the names of <c>serve --once</c> and dlict.json's <c>schedules</c>, resolved from dependency injection.</summary>
public sealed class ServeJobs(IServiceProvider services, JobRunner runner)
{
    public IServeJob Ingest => services.GetRequiredService<IngestJob>();

    public IServeJob Reminders => services.GetRequiredService<ReminderJob>();

    public IServeJob Report => services.GetRequiredService<ReportJob>();

    public IServeJob ReportAfterDeadline => services.GetRequiredService<ReportAfterDeadlineJob>();

    public IServeJob Named(string job) => job switch
    {
        JobNames.Ingest => Ingest,
        JobNames.Reminders => Reminders,
        JobNames.Report => Report,
        JobNames.Pull => services.GetRequiredService<PullJob>(),
        _ => throw new UsageException($"ไม่รู้จักงาน '{job}' / unknown job '{job}': use {string.Join(", ", JobNames.All)}"),
    };

    /// <summary>Runs <paramref name="job"/> now, recorded in etl_job_run like a scheduled run.</summary>
    public JobResult Run(IServeJob job, CancellationToken cancellationToken) => runner.Run(job, cancellationToken);
}
