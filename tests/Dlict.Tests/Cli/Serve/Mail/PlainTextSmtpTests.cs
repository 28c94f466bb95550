using Dlict.Cli;
using Dlict.Cli.Serve.Mail;
using Dlict.Cli.Settings;
using Dlict.Cli.Verbs;

namespace Dlict.Tests.Cli.Serve.Mail;

/// <summary>`smtp.security: none` only to this machine, unless `smtp.allowPlainText: true`.</summary>
public class PlainTextSmtpTests
{
    [TestCase("smtp.example.org")]
    [TestCase("10.0.0.25")]
    [TestCase("localhost.example.org")]
    [TestCase("::ffff:10.0.0.1")]
    public void None_to_another_host_is_refused(string host) =>
        Assert.That(() => SmtpMailer.Validate(new SmtpConfig(host, 25, "none")),
            Throws.TypeOf<UsageException>().With.Message.Contains("clear text").And.Message.Contains("allowPlainText").And.Message.Contains(host));

    [TestCase("localhost")]
    [TestCase("127.0.0.1")]
    [TestCase("127.0.0.53")]
    [TestCase("::1")]
    [TestCase("[::1]")]
    public void None_to_a_loopback_address_is_allowed(string host) =>
        Assert.That(() => SmtpMailer.Validate(new SmtpConfig(host, 25, "none")), Throws.Nothing);

    [Test]
    public void None_to_another_host_is_allowed_when_allow_plain_text_says_so_and_tls_always()
    {
        Assert.That(() => SmtpMailer.Validate(new SmtpConfig("smtp.example.org", 25, "none", AllowPlainText: true)), Throws.Nothing);
        Assert.That(() => SmtpMailer.Validate(new SmtpConfig("smtp.example.org", 587, "starttls")), Throws.Nothing);
        Assert.That(() => SmtpMailer.Validate(new SmtpConfig("smtp.example.org", 465, "ssl")), Throws.Nothing);
    }

    [Test]
    public void Serve_stops_at_start_with_exit_2_and_the_setting_is_read_from_dlict_json()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("dlict.json"), """{ "smtp": { "host": "smtp.example.org", "port": 25, "security": "none" } }""");
        var (exit, _, error) = CliRun.Invoke("serve", "--once", "reminders", "--data-dir", dir.Path);

        Assert.That(exit, Is.EqualTo(ExitCodes.Usage));
        Assert.That(error, Does.Contain("allowPlainText"));
        File.WriteAllText(dir.File("dlict.json"), """{ "smtp": { "host": "smtp.example.org", "port": 25, "security": "none", "allowPlainText": true } }""");
        Assert.That(DlictConfig.Load(dir.File("dlict.json")).Smtp!.AllowPlainText, Is.True);
    }

    [Test]
    public void Send_refuses_too_so_no_path_around_serve_start_sends_in_clear_text()
    {
        var mailer = new SmtpMailer(new SmtpConfig("smtp.example.org", 25, "none"), "secret");

        Assert.That(() => mailer.Send(new OutgoingMail(["a@example.org"], "s", "b", []), CancellationToken.None), Throws.TypeOf<UsageException>());
    }
}
