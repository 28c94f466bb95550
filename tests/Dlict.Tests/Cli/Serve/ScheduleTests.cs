using Coravel.Scheduling.Schedule;
using Coravel.Scheduling.Schedule.Mutex;
using Dlict.Cli;
using Dlict.Cli.Serve;
using Dlict.Cli.Settings;
using Microsoft.Extensions.DependencyInjection;

namespace Dlict.Tests.Cli.Serve;

/// <summary>The cron expressions run in Asia/Bangkok time, both in Coravel and in the next-due computation of `dlict status`.</summary>
public class ScheduleTests
{
    [Test]
    public void A_job_due_at_07_00_Bangkok_is_due_at_00_00_UTC()
    {
        Assert.That(JobSchedule.IsDueAt("0 7 1 * *", new DateTime(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc)), Is.True);
        Assert.That(JobSchedule.IsDueAt("0 7 1 * *", new DateTime(2025, 6, 1, 7, 0, 0, DateTimeKind.Utc)), Is.False);
        Assert.That(JobSchedule.NextDue("0 7 1 * *", new DateTime(2025, 5, 20, 12, 0, 0, DateTimeKind.Utc)), Is.EqualTo(new DateTime(2025, 6, 1, 7, 0, 0)));
    }

    [Test]
    public void Defaults_apply_and_dlict_json_overrides_them()
    {
        var schedule = JobSchedule.From(new DlictConfig { Schedules = new() { ["ingest"] = "*/10 * * * *" } });

        Assert.That(schedule["ingest"], Is.EqualTo("*/10 * * * *"));
        Assert.That(schedule["reminders"], Is.EqualTo("0 8 * * *"));
        Assert.That(schedule["report"], Is.EqualTo("0 7 1 * *"));
        // 23:58 Bangkok on 31 May: the next reminder is 08:00 on 1 June, Bangkok.
        Assert.That(JobSchedule.NextDue(schedule["reminders"], new DateTime(2025, 5, 31, 16, 58, 0, DateTimeKind.Utc)), Is.EqualTo(new DateTime(2025, 6, 1, 8, 0, 0)));
    }

    [Test]
    public void A_bad_cron_or_an_unknown_job_is_a_usage_error()
    {
        Assert.That(() => JobSchedule.From(new DlictConfig { Schedules = new() { ["report"] = "every monday" } }),
            Throws.TypeOf<UsageException>().With.Message.Contains("report"));
        Assert.That(() => JobSchedule.From(new DlictConfig { Schedules = new() { ["backup"] = "0 1 * * *" } }),
            Throws.TypeOf<UsageException>().With.Message.Contains("backup"));
    }

    [TestCase(2025, 6, 1, 0, 0, "ingest,report")]     // 07:00 Bangkok on the 1st: the monthly workbook
    [TestCase(2025, 6, 2, 1, 0, "ingest,reminders")]  // 08:00 Bangkok: the daily reminder check
    [TestCase(2025, 6, 2, 1, 5, "ingest")]            // every five minutes
    [TestCase(2025, 6, 2, 1, 3, "")]                  // nothing due
    [TestCase(2025, 6, 11, 0, 0, "ingest,report")]    // 07:00 the morning after the 10 June deadline
    [TestCase(2025, 6, 12, 0, 0, "ingest")]           // 07:00 two days after: nothing more
    [TestCase(2025, 4, 1, 0, 0, "ingest,report")]     // 1 April after 31 March: one report, not two
    public async Task Coravel_runs_the_jobs_due_at_a_given_utc_minute(int y, int m, int d, int h, int min, string expected)
    {
        using var f = new ServeFixture(ServeFixture.FreePort(), withData: false);
        f.Config = f.Config with { Smtp = null };
        var utc = new DateTime(y, m, d, h, min, 0, DateTimeKind.Utc);
        var clock = new NodaTime.Testing.FakeClock(NodaTime.Instant.FromDateTimeUtc(utc));
        var provider = f.Services(clock);
        var scheduler = new Scheduler(new InMemoryMutex(), provider.GetRequiredService<IServiceScopeFactory>(), null!);
        ServeSchedule.Register(scheduler, provider.GetRequiredService<JobSchedule>(), f.Settings.Calendar, clock);

        await scheduler.RunAtAsync(utc);

        var ran = f.JobRuns().Where(r => r.step == "run").Select(r => (string)r.job).Order(StringComparer.Ordinal);
        Assert.That(string.Join(",", ran), Is.EqualTo(expected));
    }

    [Test]
    public async Task Each_source_is_pulled_on_its_own_schedule_by_a_pull_job_coravel_makes_for_its_group()
    {
        using var f = new ServeFixture(ServeFixture.FreePort(), withData: false);
        var hourly = Directory.CreateDirectory(Path.Combine(f.W.DataDir.Root, "sources", "hourly")).FullName;
        var nightly = Directory.CreateDirectory(Path.Combine(f.W.DataDir.Root, "sources", "nightly")).FullName;
        f.Config = f.Config with
        {
            Smtp = null,
            Sources = [new SourceConfig { Name = "hourly", Folder = hourly, Schedule = "0 * * * *" }, new SourceConfig { Name = "nightly", Folder = nightly, Schedule = "0 2 * * *" }],
        };
        var utc = new DateTime(2025, 6, 2, 3, 0, 0, DateTimeKind.Utc); // 10:00 Bangkok: the hourly group only
        var clock = new NodaTime.Testing.FakeClock(NodaTime.Instant.FromDateTimeUtc(utc));
        var provider = f.Services(clock);
        var scheduler = new Scheduler(new InMemoryMutex(), provider.GetRequiredService<IServiceScopeFactory>(), null!);
        ServeSchedule.Register(scheduler, provider.GetRequiredService<JobSchedule>(), f.Settings.Calendar, clock, f.Config);

        await scheduler.RunAtAsync(utc);

        var pulls = f.JobRuns().Where(r => r.step == "run" && r.job == "pull").Select(r => (string)r.message).ToList();
        Assert.That(pulls, Has.Count.EqualTo(1));
        Assert.That(pulls[0], Does.Contain("hourly").And.Not.Contain("nightly"));
    }
}
