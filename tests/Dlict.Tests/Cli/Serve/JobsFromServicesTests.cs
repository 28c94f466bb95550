using Coravel.Invocable;
using Dlict.Cli.Serve;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NodaTime;

namespace Dlict.Tests.Cli.Serve;

/// <summary>The jobs are Coravel invocables resolved from dependency injection; a run through <c>Invoke</c> is recorded like any other.</summary>
public class JobsFromServicesTests
{
    /// <summary>A host already stopping (Ctrl+C, SIGTERM, service stop).</summary>
    private sealed class Stopping : IHostApplicationLifetime
    {
        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping => new(canceled: true);

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication()
        {
        }
    }

    [Test]
    public async Task The_ingest_job_resolved_from_the_services_loads_the_inbox_and_records_its_run()
    {
        using var f = new ServeFixture(0, withData: false);
        f.W.LoadRegistry(("1041010001", "บ้านหนองบัว", "เพ็ญ"));
        f.W.Drop("e 2568-1.csv", "school_code,grade,male,female\n1041010001,ป.1,10,11\n");
        var provider = f.Services(ServeFixture.At(2025, 6, 1));

        IInvocable job = provider.GetRequiredService<IngestJob>();
        await job.Invoke();

        Assert.That(f.W.Scalar<long>("SELECT SUM(total) FROM fact_enrolment"), Is.EqualTo(21));
        var run = f.JobRuns().Single();
        Assert.That(((string)run.job, (string)run.step, (string)run.outcome), Is.EqualTo(("ingest", "run", "succeeded")));
        Assert.That((string)run.message, Does.Contain("1 loaded"));
        Assert.That((string)run.started_at, Does.StartWith("2025-06-01 08:00"), "the registered fake clock, not the system's");
    }

    [Test]
    public async Task A_stopping_host_stops_a_scheduled_ingest_before_its_first_file()
    {
        using var f = new ServeFixture(0, withData: false);
        f.W.LoadRegistry(("1041010001", "บ้านหนองบัว", "เพ็ญ"));
        f.W.Drop("e 2568-1.csv", "school_code,grade,male,female\n1041010001,ป.1,10,11\n");
        var services = new ServiceCollection().AddSingleton<IHostApplicationLifetime>(new Stopping()).AddSingleton<IClock>(ServeFixture.At(2025, 6, 1));
        using var provider = services.AddServeJobs(f.Settings, f.W.Warehouse).BuildServiceProvider();

        await provider.GetRequiredService<IngestJob>().Invoke();

        Assert.That((string)f.JobRuns().Single().message, Does.Contain("stopped early"));
        Assert.That(f.W.Scalar<long>("SELECT COUNT(*) FROM fact_enrolment"), Is.Zero);
        Assert.That(Directory.GetFiles(f.W.DataDir.Inbox), Has.Length.EqualTo(1));
    }

    [Test]
    public void Each_name_of_serve_once_resolves_its_own_job_and_the_after_deadline_report_is_a_report()
    {
        using var f = new ServeFixture(0, withData: false);
        var jobs = f.Jobs(ServeFixture.At(2025, 6, 1));

        Assert.That(JobNames.All.Select(n => jobs.Named(n).GetType().Name), Is.EqualTo(new[] { "IngestJob", "ReminderJob", "ReportJob", "PullJob" }));
        Assert.That(jobs.ReportAfterDeadline, Is.TypeOf<ReportAfterDeadlineJob>().And.Property("Name").EqualTo("report"));
        Assert.That(() => jobs.Named("backup"), Throws.TypeOf<Dlict.Cli.UsageException>().With.Message.Contains("unknown job 'backup'"));
    }
}
