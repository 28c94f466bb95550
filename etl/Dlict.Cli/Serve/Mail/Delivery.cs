using Dlict.Cli.Serve.Queries;
using Dlict.Warehouse;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Dlict.Cli.Serve.Mail;

/// <summary>Sends e-mail and copies files to the delivery folder, retrying with back-off; every delivery is recorded.</summary>
public sealed class Delivery(IMailer? mailer, RetryPolicy retry, JobRunLog runLog, IClock clock, ILogger logger)
{
    /// <summary>Sends <paramref name="mail"/>; null when it went out, else the error (already recorded and logged).</summary>
    public string? Email(string job, OutgoingMail mail, CancellationToken cancellationToken)
    {
        var file = mail.Attachments.Count > 0 ? string.Join("; ", mail.Attachments) : null;
        if (mailer is null)
            return Done(job, "email", mail.Recipients, file, DateTime.MinValue, (0, null), "ไม่ได้ตั้งค่า smtp ใน dlict.json / no smtp in dlict.json: e-mail not sent");
        if (mail.To.Count == 0)
            return Done(job, "email", null, file, DateTime.MinValue, (0, null), "ไม่มีผู้รับใน recipients ของ dlict.json / no recipients in dlict.json: e-mail not sent");
        var started = BangkokTime.Now(clock);
        var outcome = retry.Run(() => mailer.Send(mail, cancellationToken),
            (attempt, e) => logger.LogWarning("job {Job}: e-mail to {To} failed (attempt {Attempt}/{Of}): {Error}", job, mail.Recipients, attempt, retry.Attempts, e.Message),
            cancellationToken);
        return Done(job, "email", mail.Recipients, file, started, outcome, null);
    }

    /// <summary>Copies <paramref name="path"/> into <paramref name="folder"/> (created if needed).</summary>
    public string? CopyToFolder(string job, string path, string? folder, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(folder))
            return Done(job, "folder", null, path, DateTime.MinValue, (0, null), "ไม่ได้ตั้งค่า delivery.folder / no delivery.folder in dlict.json: not copied");
        var target = Path.Combine(folder, Path.GetFileName(path));
        var started = BangkokTime.Now(clock);
        var outcome = retry.Run(() =>
            {
                Directory.CreateDirectory(folder);
                File.Copy(path, target, overwrite: true);
            },
            (attempt, e) => logger.LogWarning("job {Job}: copy to {Folder} failed (attempt {Attempt}/{Of}): {Error}", job, folder, attempt, retry.Attempts, e.Message),
            cancellationToken);
        return Done(job, "folder", null, target, started, outcome, null);
    }

    private string? Done(string job, string step, string? recipients, string? file, DateTime started, (int Attempts, Exception? Error) outcome, string? skipped)
    {
        if (started == DateTime.MinValue) started = BangkokTime.Now(clock);
        var (result, message) = skipped is not null ? (Outcomes.Skipped, skipped)
            : outcome.Error is { } e ? (Outcomes.Failed, $"{e.GetType().Name}: {e.Message}")
            : (Outcomes.Succeeded, null);
        runLog.Record(job, step, result, recipients, file, message, Math.Max(1, outcome.Attempts), started);
        if (result == Outcomes.Failed) logger.LogError("job {Job}: {Step} failed after {Attempts} attempt(s): {Error}", job, step, outcome.Attempts, message);
        else if (skipped is not null) logger.LogWarning("job {Job}: {Step} skipped: {Message}", job, step, skipped);
        return result == Outcomes.Failed ? message : null;
    }
}
