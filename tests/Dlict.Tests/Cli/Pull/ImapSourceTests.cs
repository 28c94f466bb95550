using System.IO.Compression;
using System.Text;
using Dlict.Cli.Pull;
using Dlict.Cli.Pull.Imap;
using Dlict.Cli.Settings;
using Dlict.Etl.Loading;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;
using MimeKit;
using NodaTime;

namespace Dlict.Tests.Cli.Pull;

/// <summary>Against a real IMAP server: Debian's dovecot-imapd on 127.0.0.1, started by the test (skips without it unless DLICT_REQUIRE_EXTERNAL=1).</summary>
public class ImapSourceTests
{
    private const string Csv = "school_code,school_name\n1041010001,บ้านหนองบัว\n";

    [Test]
    public void Attachments_of_unseen_messages_are_pulled_with_sender_and_Date_and_bad_messages_get_clear_outcomes()
    {
        if (!DovecotServer.Installed) External.Missing("needs dovecot-imapd (/usr/sbin/dovecot)");
        using var dovecot = new DovecotServer();
        Append(dovecot,
            Message("school1@school.example", new DateTimeOffset(2025, 6, 5, 9, 30, 0, TimeSpan.FromHours(7)), "ข้อมูลนักเรียน",
                ("registry.csv", Encoding.UTF8.GetBytes(Csv)), ("letter.pdf", "%PDF-1.4"u8.ToArray())),
            Message("school2@school.example", DateTimeOffset.UtcNow.AddHours(-1), "50 files",
                [.. Enumerable.Range(1, 50).Select(i => ($"class-{i}.csv", Encoding.UTF8.GetBytes(Csv)))]),
            Message("school3@school.example", DateTimeOffset.UtcNow.AddHours(-1), "bomb", ("roster.xlsx", ZipBomb())));
        using var w = new TestWarehouse();
        var source = new ImapPullSource("school-mail", new ImapSourceConfig("127.0.0.1", dovecot.Port, "none", DovecotServer.User, "INBOX", "dlict-done"),
            DovecotServer.Password, 1 << 20, SystemClock.Instance, null, null);

        var first = Run(w, source).Fetch;

        Assert.That(first.Outcome, Is.EqualTo(FetchOutcomes.New), first.Message);
        Assert.That(first.MessageCount, Is.EqualTo(3));
        Assert.That(first.Files.Select(f => (f.Name, f.Sender, f.ArrivedAt)),
            Is.EqualTo(new[] { ("registry.csv", (string?)"school1@school.example", new DateTime(2025, 6, 5, 9, 30, 0)) }));
        Assert.That(first.Message, Does.Contain("school2@school.example \"50 files\": 50 ไฟล์แนบ เกิน 20 / 50 attachments, more than 20"));
        Assert.That(first.Message, Does.Contain("school3@school.example \"bomb\": roster.xlsx: ").And.Contain("(a zip bomb?)"));
        Assert.That(w.Scalar<string>("SELECT sender FROM etl_fetch_file WHERE file_name = 'registry.csv'"), Is.EqualTo("school1@school.example"));
        Assert.That(w.Scalar<long>("SELECT message_count FROM v_source_fetches"), Is.EqualTo(3));

        using (var client = Connect(dovecot))
        {
            var inbox = client.Inbox;
            inbox.Open(FolderAccess.ReadOnly);
            var left = inbox.Fetch(0, -1, MessageSummaryItems.Envelope | MessageSummaryItems.Flags);
            Assert.That(left.Select(m => (m.Envelope!.Subject, m.Flags!.Value.HasFlag(MessageFlags.Seen | MessageFlags.Flagged))),
                Is.EquivalentTo(new[] { ("50 files", true), ("bomb", true) }), "refused messages stay, seen and flagged");
            var done = client.GetFolder("dlict-done");
            done.Open(FolderAccess.ReadOnly);
            Assert.That(done.Fetch(0, -1, MessageSummaryItems.Envelope).Select(m => m.Envelope!.Subject), Is.EqualTo(new[] { "ข้อมูลนักเรียน" }), "moved, not deleted");
        }

        var second = Run(w, source).Fetch;
        Assert.That((second.Outcome, second.MessageCount), Is.EqualTo((FetchOutcomes.NotModified, 0)));
    }

    [Test]
    public void A_wrong_password_is_a_recorded_failure()
    {
        if (!DovecotServer.Installed) External.Missing("needs dovecot-imapd (/usr/sbin/dovecot)");
        using var dovecot = new DovecotServer();
        using var w = new TestWarehouse();
        var source = new ImapPullSource("school-mail", new ImapSourceConfig("127.0.0.1", dovecot.Port, "none", DovecotServer.User), "wrong",
            1 << 20, SystemClock.Instance, null, null);
        var fetch = Run(w, source).Fetch;
        Assert.That(fetch.Outcome, Is.EqualTo(FetchOutcomes.Failed));
        Assert.That(fetch.Message, Does.Contain("AuthenticationException").And.Not.Contain("wrong"));
    }

    private static SourceResult Run(TestWarehouse w, PullSource source) =>
        new PullRun(w.Warehouse, new IngestOptions(w.DataDir) { Clock = w.Clock }, SystemClock.Instance).Run([source]).Single();

    private static ImapClient Connect(DovecotServer dovecot)
    {
        var client = new ImapClient();
        client.Connect("127.0.0.1", dovecot.Port, SecureSocketOptions.None);
        client.Authenticate(DovecotServer.User, DovecotServer.Password);
        return client;
    }

    private static void Append(DovecotServer dovecot, params MimeMessage[] messages)
    {
        using var client = Connect(dovecot);
        foreach (var message in messages) client.Inbox.Append(message);
        client.Disconnect(true);
    }

    private static MimeMessage Message(string from, DateTimeOffset date, string subject, params (string Name, byte[] Bytes)[] attachments)
    {
        var body = new BodyBuilder { TextBody = "ส่งข้อมูลครับ" };
        foreach (var (name, bytes) in attachments) body.Attachments.Add(name, bytes);
        var message = new MimeMessage { Subject = subject, Date = date, Body = body.ToMessageBody() };
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse("data@office.example"));
        return message;
    }

    /// <summary>A small zip whose one part unpacks to 50 MB of zeros (about 1000 : 1).</summary>
    private static byte[] ZipBomb()
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        using (var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open())
        {
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 50; i++) entry.Write(zeros);
        }
        return memory.ToArray();
    }
}
