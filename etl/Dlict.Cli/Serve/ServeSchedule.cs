using Coravel.Scheduling.Schedule.Interfaces;
using Dlict.Warehouse;
using NodaTime;

namespace Dlict.Cli.Serve;

/// <summary>
/// The Coravel schedule, every expression in Asia/Bangkok time: ingest, reminders, the monthly report and the
/// report on the morning after a deadline (unless the monthly one goes out at that same minute). Each job
/// never overlaps itself.
/// </summary>
public static class ServeSchedule
{
    public static void Register(IScheduler scheduler, ServeJobs jobs, IClock clock, CancellationToken stopping)
    {
        var schedule = jobs.Schedule;
        scheduler.Schedule(() => jobs.Run(jobs.Ingest, stopping))
            .Cron(schedule[JobNames.Ingest]).Zoned(JobSchedule.Bangkok).PreventOverlapping(JobNames.Ingest);
        scheduler.Schedule(() => jobs.Run(jobs.Reminders, stopping))
            .Cron(schedule[JobNames.Reminders]).Zoned(JobSchedule.Bangkok).PreventOverlapping(JobNames.Reminders);
        scheduler.Schedule(() => jobs.Run(jobs.Report, stopping))
            .Cron(schedule[JobNames.Report]).Zoned(JobSchedule.Bangkok).PreventOverlapping(JobNames.Report);
        scheduler.Schedule(() => jobs.Run(jobs.ReportAfterDeadline, stopping))
            .Cron(JobSchedule.AfterDeadline).Zoned(JobSchedule.Bangkok)
            .When(() => Task.FromResult(AfterDeadlineDue(jobs, clock)))
            .PreventOverlapping(JobNames.Report + "-after-deadline");
        foreach (var (cron, names) in PullJob.Groups(jobs.Config, schedule))
            scheduler.Schedule(() => jobs.Run(jobs.PullOf(names), stopping))
                .Cron(cron).Zoned(JobSchedule.Bangkok).PreventOverlapping($"{JobNames.Pull} {string.Join(",", names)}");
    }

    /// <summary>Yesterday was a deadline and the monthly report is not due this very minute (1 April after 31 March).</summary>
    public static bool AfterDeadlineDue(ServeJobs jobs, IClock clock) =>
        ReportJob.EndedYesterday(jobs.Calendar, BangkokTime.Today(clock)) is not null
        && !JobSchedule.IsDueAt(jobs.Schedule[JobNames.Report], clock.GetCurrentInstant().ToDateTimeUtc());
}
