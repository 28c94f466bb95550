using Dlict.Cli.Serve.Mail;
using Dlict.Etl.Cycles;
using Dlict.Reports.Queries;
using Dlict.Warehouse;
using NodaTime;

namespace Dlict.Cli.Serve;

/// <summary>What the reminder job needs from dlict.json.</summary>
/// <summary>Writes the completeness workbook of a cycle (<c>2568/1</c>) at a path and returns its full path: the reminder's attachment.</summary>
public delegate string CompletenessAttachment(string cycle, string path);

public sealed record ReminderSettings(string? Office, IReadOnlyList<string> DataOfficers, IReadOnlyCollection<int> DaysBefore, CycleCalendar Calendar, string OutFolder);

/// <summary>
/// N days before each deadline: a Thai e-mail to the data officers with the reporting rate, the missing schools and
/// the completeness workbook attached. Nothing missing: no mail.
/// </summary>
public sealed class ReminderJob(IWarehouse warehouse, ReminderSettings settings, IClock clock, Delivery delivery, CompletenessAttachment attachment, JobRunner runner)
    : ScheduledJob(runner)
{
    public override string Name => JobNames.Reminders;

    public override JobResult Run(CancellationToken cancellationToken)
    {
        var today = BangkokTime.Today(clock);
        var due = ReminderDays.Due(settings.Calendar, today, settings.DaysBefore);
        if (due.Count == 0) return new JobResult(Outcomes.Succeeded, "ไม่ใช่วันเตือน / not a reminder day");
        var notes = new List<string>();
        var failures = new List<string>();
        string? lastFile = null;
        foreach (var (cycle, deadline, daysLeft) in due)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var submissions = CycleSubmissions.Read(warehouse, cycle, deadline);
            if (submissions.Missing.Count == 0)
            {
                notes.Add($"{cycle}: ส่งครบแล้ว ไม่ต้องเตือน / nothing missing, no reminder");
                continue;
            }
            if (settings.DataOfficers.Count == 0)
            {
                failures.Add($"{cycle}: ไม่มีผู้รับ ตั้ง recipients.dataOfficers ใน dlict.json / no recipient: set recipients.dataOfficers in dlict.json");
                continue;
            }
            Directory.CreateDirectory(settings.OutFolder);
            var file = attachment(cycle.ToString(), Path.Combine(settings.OutFolder, $"completeness-{cycle.FileTag}.xlsx"));
            lastFile = file;
            var mail = new OutgoingMail(settings.DataOfficers,
                ReminderMessage.Subject(cycle, deadline, daysLeft, submissions.Missing.Count),
                ReminderMessage.Body(OfficeName.Of(warehouse, settings.Office), cycle, deadline, daysLeft, submissions, file), [file]);
            var error = delivery.Email(Name, mail, cancellationToken);
            if (error is null) notes.Add($"{cycle}: {submissions.Missing.Count} missing, {daysLeft} day(s) left → {mail.Recipients}");
            else failures.Add($"{cycle}: {error}");
        }
        return failures.Count > 0
            ? new JobResult(Outcomes.Failed, string.Join("; ", failures.Concat(notes)), lastFile)
            : new JobResult(Outcomes.Succeeded, string.Join("; ", notes), lastFile);
    }
}
