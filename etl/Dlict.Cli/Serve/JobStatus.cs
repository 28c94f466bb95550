using Dapper;
using Dlict.Cli.Output;
using Dlict.Cli.Settings;
using Dlict.Etl.Cycles;
using Dlict.Reports.Workbooks;
using Dlict.Warehouse;
using NodaTime;

namespace Dlict.Cli.Serve;

/// <summary>The <c>dlict status</c> lines about <c>dlict serve</c>: each job's next due time and last run, then the latest deliveries.</summary>
public static class JobStatus
{
    public static void Write(IWarehouse warehouse, DlictSettings settings, IClock clock, TextWriter output)
    {
        var schedule = JobSchedule.From(settings.Config);
        var utcNow = clock.GetCurrentInstant().ToDateTimeUtc();
        using var connection = warehouse.OpenReadOnly();
        var hasTable = connection.ExecuteScalar<long>(
            warehouse.Provider == "sqlserver"
                ? "SELECT COUNT(*) FROM sys.views WHERE name = 'v_job_runs'"
                : "SELECT COUNT(*) FROM sqlite_master WHERE type = 'view' AND name = 'v_job_runs'") > 0;
        const string Columns = "job_run_id, job, step, started_at, finished_at, outcome, recipients, file_path, message, attempt";
        var lastRuns = hasTable
            ? connection.Query($"SELECT {Columns} FROM v_job_runs WHERE job_run_id IN (SELECT MAX(job_run_id) FROM v_job_runs WHERE step = 'run' GROUP BY job)").ToList()
            : [];
        var since = Iso.DateTime(BangkokTime.Now(clock).AddDays(-62));
        var deliveries = hasTable
            ? connection.Query($"SELECT {Columns} FROM v_job_runs WHERE step <> 'run' AND started_at >= @since", new { since })
                .OrderByDescending(r => (long)r.job_run_id).Take(5).ToList()
            : [];
        var failed = hasTable
            ? connection.Query($"SELECT {Columns} FROM v_job_runs WHERE job_run_id = (SELECT MAX(job_run_id) FROM v_job_runs WHERE outcome = 'failed')").FirstOrDefault()
            : null;

        output.WriteLine("งานตามเวลา / scheduled jobs (dlict serve, Asia/Bangkok):");
        var jobs = new TextTable("job", "cron", "next due", "last run", "outcome", "message");
        foreach (var job in JobNames.All)
        {
            var last = lastRuns.FirstOrDefault(r => (string)r.job == job);
            jobs.Add(job, schedule[job], Due(JobSchedule.NextDue(schedule[job], utcNow)),
                last is null ? "-" : Sql.QueryOutput.Text(last.started_at), last is null ? "-" : (string)last.outcome, Short(last?.message as string));
        }
        var afterDeadline = NextAfterDeadline(settings.Calendar, BangkokTime.Today(clock));
        jobs.Add("report (after deadline)", JobSchedule.AfterDeadline, Due(afterDeadline), "", "", "the morning after each deadline");
        jobs.Write(output);

        output.WriteLine("การส่งล่าสุด / last deliveries:");
        var table = new TextTable("job", "to", "started", "outcome", "attempts", "file", "message");
        foreach (var d in deliveries)
            table.Add((string)d.job, $"{d.step} {d.recipients ?? ""}".TrimEnd(), Sql.QueryOutput.Text(d.started_at), (string)d.outcome, $"{d.attempt}",
                Path.GetFileName((string?)d.file_path ?? "-"), Short(d.message as string));
        table.Write(output);
        if (failed is not null)
            output.WriteLine($"ล้มเหลวล่าสุด / last failure: {failed.job} {failed.step} at {Sql.QueryOutput.Text(failed.started_at)}: {failed.message}");
    }

    private static DateTime? NextAfterDeadline(CycleCalendar calendar, DateOnly today)
    {
        var (_, deadline) = calendar.Upcoming(today.AddDays(-1)).First();
        return deadline.AddDays(1).ToDateTime(new TimeOnly(7, 0));
    }

    private static string Due(DateTime? bangkok) => bangkok is { } t ? $"{Iso.DateTime(t)} ({ThaiDate.Format(DateOnly.FromDateTime(t))})" : "-";

    private static string Short(string? message) => message is null ? "" : message.Length > 80 ? message[..77] + "..." : message;
}
