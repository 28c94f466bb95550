using Coravel.Scheduling.Schedule.Interfaces;
using Dlict.Etl.Cycles;
using Dlict.Warehouse;
using NodaTime;

namespace Dlict.Cli.Serve;

/// <summary>
/// The timetable of <c>dlict serve</c>, every expression in Asia/Bangkok time. Coravel resolves each job from
/// dependency injection when it is due (<see cref="ServeServices"/>); no job overlaps itself. The report also goes out
/// the morning after a deadline, unless the monthly one goes out at that same minute.
/// </summary>
public static class ServeSchedule
{
    public static void Register(IScheduler scheduler, JobSchedule timetable, CycleCalendar calendar, IClock clock, Settings.DlictConfig? config = null)
    {
        scheduler.Schedule<IngestJob>().At(timetable[JobNames.Ingest]).PreventOverlapping(JobNames.Ingest);
        scheduler.Schedule<ReminderJob>().At(timetable[JobNames.Reminders]).PreventOverlapping(JobNames.Reminders);
        scheduler.Schedule<ReportJob>().At(timetable[JobNames.Report]).PreventOverlapping(JobNames.Report);
        scheduler.Schedule<ReportAfterDeadlineJob>().At(JobSchedule.AfterDeadline)
            .When(() => Task.FromResult(AfterDeadlineDue(timetable, calendar, clock)))
            .PreventOverlapping(JobNames.Report + "-after-deadline");
        foreach (var (cron, names) in PullJob.Groups(config ?? new Settings.DlictConfig(), timetable))
            scheduler.ScheduleWithParams<PullJob>(names).At(cron).PreventOverlapping($"{JobNames.Pull} {string.Join(",", names)}");
    }

    /// <summary>Yesterday was a deadline and the monthly report is not due this very minute (1 April after 31 March).</summary>
    public static bool AfterDeadlineDue(JobSchedule timetable, CycleCalendar calendar, IClock clock) =>
        ReportJob.EndedYesterday(calendar, BangkokTime.Today(clock)) is not null
        && !JobSchedule.IsDueAt(timetable[JobNames.Report], clock.GetCurrentInstant().ToDateTimeUtc());

    private static IScheduledEventConfiguration At(this IScheduleInterval job, string cron) => job.Cron(cron).Zoned(JobSchedule.Bangkok);
}
