using Dlict.Cli.Serve;
using Dlict.Cli.Serve.Mail;
using Dlict.Etl.Cycles;
using Dlict.Portal.Admin;
using Dlict.Portal.Links;
using Dlict.Warehouse;

namespace Dlict.Tests.Cli.Serve;

/// <summary>The dashboard's "send reminders now": the missing schools get fresh links, mailed to the data officers to forward.</summary>
public class WebFrontTests
{
    private sealed class RecordingMailer : IMailer
    {
        public List<OutgoingMail> Sent { get; } = [];

        public void Send(OutgoingMail mail, CancellationToken cancellationToken) => Sent.Add(mail);
    }

    [Test]
    public void Send_reminders_now_mails_a_working_link_for_each_missing_school_and_none_for_the_one_that_sent()
    {
        using var f = new ServeFixture(0);
        var mailer = new RecordingMailer();
        var old = new LinkIssuer(f.W.Warehouse).Issue("http://old", [], false, new DateTime(2025, 5, 1)).ToDictionary(l => l.SchoolCode, l => l.Url);

        var said = WebFront.SendReminders(f.Settings, f.W.Warehouse, new ReminderRequest(new Cycle(2568, 1), "https://dlict.example.go.th"),
            ServeFixture.At(2025, 6, 5), mailer, CancellationToken.None);

        Assert.That(said, Does.Contain("reminded 2 missing school(s)"));
        var mail = mailer.Sent.Single();
        Assert.That(mail.To, Is.EqualTo(new[] { "data@example.org", "data2@example.org" }));
        Assert.That(mail.Subject, Does.Contain("2568/1").And.Contain("อีก 5 วัน"));
        var links = System.Text.RegularExpressions.Regex.Matches(mail.Body, @"(10410100\d\d) [^:]+: (https://dlict\.example\.go\.th/s/[A-Za-z0-9_-]{43})")
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        Assert.That(links.Keys, Is.EquivalentTo(new[] { "1041010002", "1041010003" }));
        foreach (var (school, url) in links)
            Assert.That(f.W.Scalar<string>("SELECT school_code FROM portal_link WHERE token_sha256 = @h AND revoked_at IS NULL",
                new { h = LinkToken.Hash(url.Split("/s/")[1]) }), Is.EqualTo(school));
        Assert.That(f.W.Scalar<long>("SELECT COUNT(*) FROM portal_link WHERE token_sha256 = @h AND revoked_at IS NULL",
            new { h = LinkToken.Hash(old["1041010001"].Split("/s/")[1]) }), Is.EqualTo(1), "the school that sent keeps its link");
    }
}
