using System.Net;
using Dlict.Cli;
using Dlict.Cli.Verbs;
using ExcelDataReader;
using MimeKit;
using netDumbster.smtp;

namespace Dlict.Tests.Cli.Serve;

/// <summary>E-mail through a real SMTP server on 127.0.0.1 (netDumbster): Thai text, xlsx attachments, recipients, retries.</summary>
public class MailDeliveryTests
{
    private static SimpleSmtpServer Smtp(out int port)
    {
        port = ServeFixture.FreePort();
        return Configuration.Configure().WithAddress(IPAddress.Loopback).WithPort(port).Build();
    }

    private static MimeMessage Received(SimpleSmtpServer server, int index = 0)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(server.ReceivedEmail[index].Data));
        return MimeMessage.Load(stream);
    }

    private static List<string> SheetNames(Stream xlsx)
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        using var reader = ExcelReaderFactory.CreateOpenXmlReader(xlsx);
        var names = new List<string>();
        do names.Add(reader.Name); while (reader.NextResult());
        return names;
    }

    [Test]
    public void The_reminder_arrives_in_Thai_with_the_missing_schools_and_a_valid_xlsx()
    {
        using var server = Smtp(out var port);
        using var f = new ServeFixture(port);
        var output = new StringWriter();

        var exit = ServeVerb.RunOnce(f.Settings, "reminders", output, retry: ServeFixture.QuickRetry,
            clock: ServeFixture.At(2025, 5, 27), attachment: ServeFixture.SmallWorkbook);

        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), output.ToString());
        Assert.That(server.ReceivedEmailCount, Is.EqualTo(1));
        var mail = Received(server);
        Assert.That(mail.Subject, Is.EqualTo("[DLICT] เตือนส่งข้อมูลรอบ 2568/1 — อีก 14 วันถึงกำหนด 10 มิ.ย. 2568 (ยังไม่ส่ง 2 โรงเรียน)"));
        Assert.That(mail.To.Mailboxes.Select(m => m.Address), Is.EqualTo(new[] { "data@example.org", "data2@example.org" }));
        Assert.That(mail.From.Mailboxes.Single().Address, Is.EqualTo("dlict@example.org"));
        Assert.That(mail.TextBody, Does.Contain("อัตราการส่งข้อมูล 33.3% (ส่งแล้ว 1 จาก 3 โรงเรียน"));
        Assert.That(mail.TextBody, Does.Contain("อำเภอเพ็ญ").And.Contain("1041010003 บ้านนาข่า").And.Contain("1041010002 บ้านโคกสูง"));
        Assert.That(mail.TextBody, Does.Not.Contain("บ้านหนองบัว"));
        var attachment = (MimePart)mail.Attachments.Single();
        Assert.That(attachment.FileName, Is.EqualTo("completeness-2568-1.xlsx"));
        using var xlsx = new MemoryStream();
        attachment.Content!.DecodeTo(xlsx);
        xlsx.Position = 0;
        Assert.That(SheetNames(xlsx), Is.EqualTo(new[] { "ความครบถ้วน" }));
        var email = f.JobRuns().Single(r => r.step == "email");
        Assert.That((string)email.outcome, Is.EqualTo("succeeded"));
        Assert.That((string)email.recipients, Is.EqualTo("data@example.org; data2@example.org"));
    }

    [Test]
    public void The_report_goes_to_the_director_and_the_delivery_folder()
    {
        using var server = Smtp(out var port);
        using var f = new ServeFixture(port);
        var output = new StringWriter();

        var exit = ServeVerb.RunOnce(f.Settings, "report", output, retry: ServeFixture.QuickRetry, clock: ServeFixture.At(2025, 6, 1, 7));

        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), output.ToString());
        var mail = Received(server);
        Assert.That(mail.To.Mailboxes.Select(m => m.Address), Is.EqualTo(new[] { "director@example.org" }));
        Assert.That(mail.Subject, Is.EqualTo("[DLICT] รายงานสารสนเทศเพื่อการบริหาร รอบ 2568/1 (1 มิ.ย. 2568)"));
        Assert.That(mail.TextBody, Does.Contain("เรียน ผู้อำนวยการ"));
        var attachment = (MimePart)mail.Attachments.Single();
        using var xlsx = new MemoryStream();
        attachment.Content!.DecodeTo(xlsx);
        xlsx.Position = 0;
        Assert.That(SheetNames(xlsx), Has.Count.EqualTo(8));
        Assert.That(File.Exists(Path.Combine(f.Folder.Path, "dlict-report-2568-1.xlsx")), Is.True);
        var steps = f.JobRuns().Select(r => $"{r.job}/{r.step}/{r.outcome}").ToList();
        Assert.That(steps, Is.EqualTo(new[] { "report/run/succeeded", "report/email/succeeded", "report/folder/succeeded" }));
    }

    [Test]
    public void A_refusing_server_is_retried_then_recorded_as_failed_and_shown_by_status()
    {
        using var f = new ServeFixture(ServeFixture.FreePort()); // nobody listens on this port
        var output = new StringWriter();

        var exit = ServeVerb.RunOnce(f.Settings, "report", output, retry: ServeFixture.QuickRetry, clock: ServeFixture.At(2025, 6, 1, 7));

        Assert.That(exit, Is.EqualTo(ExitCodes.Rejected));
        var email = f.JobRuns().Single(r => r.step == "email");
        Assert.That((string)email.outcome, Is.EqualTo("failed"));
        Assert.That((long)email.attempt, Is.EqualTo(3));
        Assert.That((string)email.message, Is.Not.Empty);
        Assert.That(output.ToString(), Does.Contain("attempt 3/3"));
        Assert.That((string)f.JobRuns().Single(r => r.step == "run").outcome, Is.EqualTo("failed"));
        Assert.That((string)f.JobRuns().Single(r => r.step == "folder").outcome, Is.EqualTo("succeeded"));

        var status = new StringWriter();
        StatusVerb.Run(f.Settings, ServeFixture.At(2025, 6, 1, 9), status);
        Assert.That(status.ToString(), Does.Contain("last failure: report email"));
    }

    [Test]
    public void A_server_that_stops_mid_way_fails_the_second_send_only()
    {
        var server = Smtp(out var port);
        using var f = new ServeFixture(port);
        Assert.That(ServeVerb.RunOnce(f.Settings, "report", new StringWriter(), retry: ServeFixture.QuickRetry, clock: ServeFixture.At(2025, 6, 1, 7)), Is.EqualTo(ExitCodes.Ok));
        server.Stop();
        server.Dispose();

        var exit = ServeVerb.RunOnce(f.Settings, "report", new StringWriter(), retry: ServeFixture.QuickRetry, clock: ServeFixture.At(2025, 7, 1, 7));

        Assert.That(exit, Is.EqualTo(ExitCodes.Rejected));
        var outcomes = f.JobRuns().Where(r => r.step == "email").Select(r => (string)r.outcome).ToList();
        Assert.That(outcomes, Is.EqualTo(new[] { "succeeded", "failed" }));
    }
}
