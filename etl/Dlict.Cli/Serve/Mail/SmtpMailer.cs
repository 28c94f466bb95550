using Dlict.Cli.Settings;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Dlict.Cli.Serve.Mail;

/// <summary>SMTP through MailKit with dlict.json <c>smtp</c>; the password comes from <c>DLICT_SMTP_PASSWORD</c>.</summary>
public sealed class SmtpMailer(SmtpConfig smtp, string? password, TimeSpan? timeout = null) : IMailer
{
    public static SmtpMailer? From(DlictConfig config, Func<string, string?>? environment = null) =>
        config.Smtp is { } smtp ? new SmtpMailer(smtp, (environment ?? Environment.GetEnvironmentVariable)("DLICT_SMTP_PASSWORD")) : null;

    public void Send(OutgoingMail mail, CancellationToken cancellationToken)
    {
        Validate(smtp);
        var message = Compose(mail);
        using var client = new SmtpClient { Timeout = (int)(timeout ?? TimeSpan.FromSeconds(60)).TotalMilliseconds };
        client.Connect(smtp.Host, smtp.Port, Security(smtp.Security), cancellationToken);
        if (!string.IsNullOrEmpty(smtp.User))
        {
            if (password is null)
                throw new InvalidOperationException("ตั้งค่า smtp.user แล้วแต่ไม่มี DLICT_SMTP_PASSWORD / smtp.user is set but DLICT_SMTP_PASSWORD is not");
            client.Authenticate(smtp.User, password, cancellationToken);
        }
        client.Send(message, cancellationToken);
        client.Disconnect(quit: true, cancellationToken);
    }

    public MimeMessage Compose(OutgoingMail mail)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(smtp.From ?? smtp.User ?? "dlict@localhost"));
        foreach (var to in mail.To) message.To.Add(MailboxAddress.Parse(to));
        message.Subject = mail.Subject;
        var body = new BodyBuilder { TextBody = mail.Body };
        foreach (var path in mail.Attachments) body.Attachments.Add(path);
        message.Body = body.ToMessageBody();
        return message;
    }

    /// <summary>
    /// Refuses (exit 2) an unknown <c>security</c>, and <c>none</c> for a host that is not a loopback address unless
    /// <c>allowPlainText</c> says so: over the network the password and the rosters' workbooks would travel in clear text.
    /// </summary>
    public static void Validate(SmtpConfig smtp)
    {
        if (Security(smtp.Security) != SecureSocketOptions.None || smtp.AllowPlainText || IsLoopback(smtp.Host)) return;
        throw new UsageException(
            $"smtp.security: none ส่งรหัสผ่านและไฟล์แนบเป็นข้อความธรรมดาไปยัง {smtp.Host} — ใช้ starttls หรือ ssl หรือตั้ง smtp.allowPlainText: true / " +
            $"smtp.security none would send the password and attachments in clear text to {smtp.Host}: use starttls or ssl, or set smtp.allowPlainText: true");
    }

    public static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) ||
        (System.Net.IPAddress.TryParse(host.Trim('[', ']'), out var address) && System.Net.IPAddress.IsLoopback(address));

    public static SecureSocketOptions Security(string security) => security.ToLowerInvariant() switch
    {
        "none" => SecureSocketOptions.None,
        "ssl" => SecureSocketOptions.SslOnConnect,
        "starttls" => SecureSocketOptions.StartTls,
        _ => throw new UsageException($"smtp.security '{security}' ไม่ถูกต้อง (none, starttls, ssl) / smtp.security must be none, starttls or ssl"),
    };
}
