using Dlict.Cli.Serve;
using Dlict.Cli.Serve.Mail;
using Dlict.Etl.Cycles;
using Dlict.Etl.Loading;
using NodaTime;

namespace Dlict.Tests.Cli.Serve;

/// <summary>Which days remind, that nothing missing sends nothing, and that the scheduled ingest never runs twice at once.</summary>
public class ReminderAndIngestTests
{
    private sealed class RecordingMailer : IMailer
    {
        public List<OutgoingMail> Sent { get; } = [];

        public void Send(OutgoingMail mail, CancellationToken cancellationToken) => Sent.Add(mail);
    }

    private static (ServeJobs Jobs, RecordingMailer Mailer) Jobs(ServeFixture f, IClock clock)
    {
        var mailer = new RecordingMailer();
        return (f.Jobs(clock, ServeFixture.SmallWorkbook, mailer), mailer);
    }

    [Test]
    public void With_the_10_June_deadline_27_May_reminds_and_28_May_does_not()
    {
        int[] days = [14, 7, 3, 1];
        Assert.That(ReminderDays.Due(CycleCalendar.Default, new DateOnly(2025, 5, 27), days).Select(d => (d.Cycle.ToString(), d.DaysLeft)),
            Is.EqualTo(new[] { ("2568/1", 14) }));
        Assert.That(ReminderDays.Due(CycleCalendar.Default, new DateOnly(2025, 5, 28), days), Is.Empty);
        Assert.That(ReminderDays.Due(CycleCalendar.Default, new DateOnly(2025, 6, 9), days).Single().DaysLeft, Is.EqualTo(1));
    }

    [Test]
    public void The_reminder_job_mails_on_27_May_and_not_on_28_May()
    {
        using var f = new ServeFixture(0);
        var (on27, mailer27) = Jobs(f, ServeFixture.At(2025, 5, 27));
        var (on28, mailer28) = Jobs(f, ServeFixture.At(2025, 5, 28));

        Assert.That(on27.Run(on27.Reminders, CancellationToken.None).Outcome, Is.EqualTo(Outcomes.Succeeded));
        Assert.That(on28.Run(on28.Reminders, CancellationToken.None).Message, Does.Contain("not a reminder day"));

        Assert.That(mailer27.Sent, Has.Count.EqualTo(1));
        Assert.That(mailer27.Sent[0].Attachments.Single(), Does.EndWith("completeness-2568-1.xlsx"));
        Assert.That(mailer28.Sent, Is.Empty);
    }

    [Test]
    public void Nothing_missing_sends_no_mail()
    {
        using var f = new ServeFixture(0, withData: false);
        f.W.LoadRegistry(("1041010001", "บ้านหนองบัว", "เพ็ญ"));
        f.W.Drop("e 2568-1.csv", "school_code,grade,male,female\n1041010001,ป.1,10,11\n", arrivedAt: new DateTime(2025, 5, 20, 9, 0, 0));
        f.W.Ingest();
        var (jobs, mailer) = Jobs(f, ServeFixture.At(2025, 6, 3));

        var result = jobs.Run(jobs.Reminders, CancellationToken.None);

        Assert.That(result.Message, Does.Contain("nothing missing"));
        Assert.That(mailer.Sent, Is.Empty);
        Assert.That(f.JobRuns().Where(r => r.step == "email"), Is.Empty);
    }

    [Test]
    public void A_cycle_nobody_has_sent_yet_still_lists_every_school_as_missing()
    {
        using var f = new ServeFixture(0, withData: false);
        f.W.LoadRegistry(("1041010001", "บ้านหนองบัว", "เพ็ญ"), ("1041010002", "บ้านโคกสูง", "สร้างคอม"));
        var (jobs, mailer) = Jobs(f, ServeFixture.At(2025, 10, 27)); // 14 days before 10 Nov (2568/2)

        jobs.Run(jobs.Reminders, CancellationToken.None);

        Assert.That(mailer.Sent.Single().Subject, Does.Contain("2568/2").And.Contain("ยังไม่ส่ง 2 โรงเรียน"));
    }

    [Test]
    public void A_scheduled_ingest_while_another_holds_the_lock_is_skipped_and_loads_nothing()
    {
        using var f = new ServeFixture(0, withData: false);
        f.W.LoadRegistry(("1041010001", "บ้านหนองบัว", "เพ็ญ"));
        var file = f.W.Drop("e 2568-1.csv", "school_code,grade,male,female\n1041010001,ป.1,10,11\n");
        var (jobs, _) = Jobs(f, ServeFixture.At(2025, 6, 1));
        var runsBefore = f.W.Scalar<long>("SELECT COUNT(*) FROM etl_run");

        JobResult result;
        using (IngestLock.Acquire(f.W.DataDir)) result = jobs.Run(jobs.Ingest, CancellationToken.None);

        Assert.That(result.Outcome, Is.EqualTo(Outcomes.Skipped));
        Assert.That(result.Message, Does.Contain("Another ingest is running"));
        Assert.That(File.Exists(file), Is.True);
        Assert.That(f.W.Scalar<long>("SELECT COUNT(*) FROM etl_run"), Is.EqualTo(runsBefore));
        Assert.That(f.W.Scalar<long>("SELECT COUNT(*) FROM fact_enrolment"), Is.Zero);
        Assert.That((string)f.JobRuns().Single().outcome, Is.EqualTo("skipped"));

        var second = jobs.Run(jobs.Ingest, CancellationToken.None);
        Assert.That(second.Outcome, Is.EqualTo(Outcomes.Succeeded), second.Message);
        Assert.That(f.W.Scalar<long>("SELECT SUM(total) FROM fact_enrolment"), Is.EqualTo(21));
    }

    [Test]
    public void A_stopping_service_stops_the_ingest_between_files()
    {
        using var f = new ServeFixture(0, withData: false);
        f.W.LoadRegistry(("1041010001", "บ้านหนองบัว", "เพ็ญ"));
        f.W.Drop("e 2568-1.csv", "school_code,grade,male,female\n1041010001,ป.1,10,11\n");
        var (jobs, _) = Jobs(f, ServeFixture.At(2025, 6, 1));

        var result = jobs.Run(jobs.Ingest, new CancellationToken(canceled: true));

        Assert.That(result.Message, Does.Contain("stopped early"));
        Assert.That(Directory.GetFiles(f.W.DataDir.Inbox), Has.Length.EqualTo(1));
        Assert.That(f.W.Scalar<long>("SELECT COUNT(*) FROM fact_enrolment"), Is.Zero);
    }
}
