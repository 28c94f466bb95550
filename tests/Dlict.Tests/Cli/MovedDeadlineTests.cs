using Dlict.Cli.Serve.Mail;
using Dlict.Cli.Settings;
using Dlict.Cli.Verbs;
using Dlict.Tests.Cli.Serve;
using Dlict.Tests.Reports.Completeness;

namespace Dlict.Tests.Cli;

/// <summary>
/// A deadline moved in dlict.json after the data arrived reaches dim_cycle before any verb or job reads it, not only
/// `check`. CompletenessScenario: A sent 23:59 on 10 Jun, B 00:01 on 11 Jun, C never, E 5 Jun and again 20 Jun.
/// </summary>
public class MovedDeadlineTests
{
    private sealed class RecordingMailer : IMailer
    {
        public List<OutgoingMail> Sent { get; } = [];

        public void Send(OutgoingMail mail, CancellationToken cancellationToken) => Sent.Add(mail);
    }

    private static string StatusOfB(TestWarehouse w) =>
        w.Scalar<string>("SELECT status FROM v_submission_status WHERE school_code = @s", new { s = CompletenessScenario.B });

    [Test]
    public void Report_counts_against_the_moved_deadline_without_a_check_first()
    {
        using var w = CompletenessScenario.Build();
        Assert.That(StatusOfB(w), Is.EqualTo("late"));
        File.WriteAllText(w.DataDir.ConfigFile, """{ "deadlines": { "2568/1": "2025-06-12" } }""");

        var report = CliRun.Invoke("report", "--data-dir", w.DataDir.Root, "--cycle", "2568/1");

        Assert.That(report.Exit, Is.Zero, report.Error);
        Assert.That(StatusOfB(w), Is.EqualTo("on_time"));
        Assert.That(w.Scalar<string>("SELECT deadline FROM dim_cycle WHERE cycle = '2568/1'"), Is.EqualTo("2025-06-12"));
    }

    [Test]
    public void The_sql_verb_reads_the_moved_deadline_too()
    {
        using var w = CompletenessScenario.Build();
        File.WriteAllText(w.DataDir.ConfigFile, """{ "deadlines": { "2568/1": "2025-06-12" } }""");

        var sql = CliRun.Invoke("sql", "--data-dir", w.DataDir.Root,
            "SELECT status FROM v_submission_status WHERE school_code = '1041010002'");

        Assert.That(sql.Exit, Is.Zero, sql.Error);
        Assert.That(sql.Out, Does.Contain("on_time").And.Not.Contain("late"));
    }

    [Test]
    public void A_reminder_counts_on_time_and_late_against_the_moved_deadline()
    {
        using var w = CompletenessScenario.Build();
        var config = new DlictConfig
        {
            Deadlines = new() { ["2568/1"] = new DateOnly(2025, 6, 12) },
            Recipients = new RecipientsConfig { DataOfficers = ["data@example.org"] },
        };
        var mailer = new RecordingMailer();
        var output = new StringWriter();

        var exit = ServeVerb.RunOnce(new DlictSettings(w.DataDir, "sqlite", null, config), "reminders", output, mailer,
            ServeFixture.QuickRetry, ServeFixture.At(2025, 6, 11), ServeFixture.SmallWorkbook);

        Assert.That(exit, Is.Zero, output.ToString());
        var mail = mailer.Sent.Single();
        Assert.That(mail.Subject, Does.Contain("อีก 1 วัน"));
        // A (23:59 on 10 Jun), B (00:01 on 11 Jun) and E (5 Jun) are on time for 12 Jun; against 10 Jun, B was late.
        Assert.That(mail.Body, Does.Contain("ส่งแล้ว 3 จาก 4 โรงเรียน ตรงเวลา 3 ล่าช้า 0"));
    }
}
