using Dlict.Cli.Pull.Queries;
using Dlict.Cli.Serve.Mail;
using Dlict.Cli.Settings;
using Dlict.Etl.Cycles;
using Dlict.Warehouse;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MimeKit;
using NodaTime;

namespace Dlict.Cli.Pull.Imap;

/// <summary>
/// A mailbox (sources.md): the csv/txt/xlsx attachments of each unseen message, arrival time = the message's Date,
/// sender recorded with the file; the message then moves to the done folder (never deleted). A message refused whole
/// (too many attachments, one too large, a zip bomb) is marked seen and flagged and left where it is, for a person to
/// answer the school; the refusal is in the fetch record.
/// </summary>
public sealed class ImapPullSource(string name, ImapSourceConfig imap, string? password, long maxBytes, IClock clock, string? kind, Cycle? cycle)
    : PullSource(name, kind, cycle)
{
    public override string Type => "imap";

    public override string Location => $"{imap.User}@{imap.Host}:{imap.Port}/{imap.Folder}";

    public override Fetch Run(Staging staging, FetchLog log, CancellationToken cancellationToken)
    {
        if (password is null)
            return Fetch.Failed($"ไม่ได้ตั้งรหัสผ่าน / no password: set {SourceList.SecretVariable(Name, "PASSWORD")} or DLICT_IMAP_PASSWORD");
        var (files, notes, count) = (new List<PulledFile>(), new List<string>(), 0);
        try
        {
            using var client = new ImapClient { Timeout = 60_000 };
            client.Connect(imap.Host, imap.Port, SmtpMailer.Security(imap.Security), cancellationToken);
            client.Authenticate(imap.User ?? "", password, cancellationToken);
            var folder = client.GetFolder(imap.Folder, cancellationToken);
            folder.Open(FolderAccess.ReadWrite, cancellationToken);
            var done = DoneFolder(client, cancellationToken);
            foreach (var uid in folder.Search(SearchQuery.NotSeen, cancellationToken))
            {
                count++;
                var message = folder.GetMessage(uid, cancellationToken);
                var (kept, refusal) = Take(message, staging);
                if (refusal is null)
                {
                    files.AddRange(kept);
                    folder.MoveTo(uid, done, cancellationToken);
                }
                else
                {
                    notes.Add($"ข้อความจาก / message from {SenderOf(message)} \"{message.Subject}\": {refusal}");
                    folder.AddFlags(uid, MessageFlags.Seen | MessageFlags.Flagged, silent: true, cancellationToken);
                }
            }
            client.Disconnect(true, cancellationToken);
        }
        catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or MailKit.Security.AuthenticationException
            or ImapCommandException or ImapProtocolException or FolderNotFoundException or OperationCanceledException or MailKit.Security.SslHandshakeException)
        {
            Staging.Discard(files);
            var failed = Fetch.Failed($"กล่องอีเมลใช้ไม่ได้ / the mailbox {Location} failed: {e.GetType().Name}: {e.Message}");
            return failed with { MessageCount = count };
        }
        var refusals = notes.Count == 0 ? null : string.Join("\n", notes);
        var outcome = files.Count > 0 ? FetchOutcomes.New : notes.Count > 0 ? FetchOutcomes.Failed : FetchOutcomes.NotModified;
        return new Fetch(outcome, files, refusals) { MessageCount = count };
    }

    /// <summary>The message's data attachments staged, or why the message is refused (nothing of it kept).</summary>
    private (List<PulledFile> Files, string? Refusal) Take(MimeMessage message, Staging staging)
    {
        var parts = Attachments.DataOf(message);
        if (parts.Count > Attachments.MaxPerMessage)
            return ([], $"{parts.Count} ไฟล์แนบ เกิน {Attachments.MaxPerMessage} / {parts.Count} attachments, more than {Attachments.MaxPerMessage}: send them in several e-mails");
        if (parts.Count == 0)
            return ([], $"ไม่มีไฟล์ csv, txt หรือ xlsx แนบมา / no csv, txt or xlsx attachment ({string.Join(", ", Attachments.IgnoredOf(message).DefaultIfEmpty("none"))})");
        var arrived = ArrivalOf(message);
        var files = new List<PulledFile>();
        foreach (var part in parts)
        {
            var staged = staging.NewPath();
            var refusal = Attachments.Save(part, staged, maxBytes);
            if (refusal is not null)
            {
                Staging.Discard(staged);
                Staging.Discard(files);
                return ([], refusal);
            }
            var fileName = Etl.Files.SafeFileName.Clean(Path.GetFileName(part.FileName!));
            files.Add(new PulledFile(fileName, staged, arrived, new FileInfo(staged).Length, Staging.HashOf(staged), SenderOf(message), part.FileName));
        }
        return (files, null);
    }

    private IMailFolder DoneFolder(ImapClient client, CancellationToken cancellationToken)
    {
        try
        {
            return client.GetFolder(imap.DoneFolder, cancellationToken);
        }
        catch (FolderNotFoundException)
        {
            var root = client.GetFolder(client.PersonalNamespaces[0]);
            return root.Create(imap.DoneFolder, isMessageFolder: true, cancellationToken)!;
        }
    }

    /// <summary>The message's Date (Bangkok local), never later than now.</summary>
    private DateTime ArrivalOf(MimeMessage message)
    {
        var now = BangkokTime.Now(clock);
        if (message.Date == DateTimeOffset.MinValue) return now;
        var sent = BangkokTime.FromUtc(message.Date.UtcDateTime);
        return sent > now ? now : sent;
    }

    private static string SenderOf(MimeMessage message) => message.From.Mailboxes.FirstOrDefault()?.Address ?? "(unknown sender)";
}
