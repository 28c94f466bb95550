using Dlict.Cli.Serve;
using Dlict.Cli.Settings;
using Dlict.Cli.Verbs;
using NodaTime;
using NodaTime.Testing;

namespace Dlict.Tests.Cli.Serve;

/// <summary>A delivery with nobody to deliver to is a failure (reports.md); serve's console speaks Bangkok time.</summary>
public class DeliveryWithoutRecipientTests
{
    [Test]
    public void Report_once_with_no_recipient_and_no_folder_fails_with_exit_1_naming_the_keys()
    {
        using var f = new ServeFixture(0);
        var settings = new DlictSettings(f.W.DataDir, "sqlite", null, new DlictConfig());
        var output = new StringWriter();

        var exit = ServeVerb.RunOnce(settings, "report", output, retry: ServeFixture.QuickRetry, clock: ServeFixture.At(2025, 7, 1));

        Assert.That(exit, Is.EqualTo(1), output.ToString());
        Assert.That(output.ToString(), Does.Contain("report: failed").And.Contain("recipients.director or delivery.folder"));
        Assert.That(f.JobRuns().Select(r => (string)r.outcome), Is.EqualTo(new[] { "failed" }));
    }

    [Test]
    public void Reminders_with_no_data_officer_fail_on_a_reminder_day()
    {
        using var f = new ServeFixture(0);
        var settings = new DlictSettings(f.W.DataDir, "sqlite", null, new DlictConfig());
        var output = new StringWriter();

        var exit = ServeVerb.RunOnce(settings, "reminders", output, retry: ServeFixture.QuickRetry, clock: ServeFixture.At(2025, 5, 27),
            attachment: ServeFixture.SmallWorkbook);

        Assert.That(exit, Is.EqualTo(1), output.ToString());
        Assert.That(output.ToString(), Does.Contain("recipients.dataOfficers"));
    }

    [Test]
    public void Console_lines_of_serve_are_stamped_in_Bangkok_time()
    {
        var output = new StringWriter();
        var clock = new FakeClock(Instant.FromUtc(2025, 6, 1, 17, 30, 5)); // 00:30:05 on 2 June in Bangkok
        using var log = new WriterLog(output, clock);

        Microsoft.Extensions.Logging.LoggerExtensions.LogInformation(log.CreateLogger("dlict.serve"), "ingest: succeeded");

        Assert.That(output.ToString(), Is.EqualTo("2025-06-02 00:30:05 information: ingest: succeeded" + Environment.NewLine));
    }
}
