using Dapper;
using Dlict.Cli.Serve.Mail;
using Dlict.Cli.Verbs;
using Dlict.Etl.Cycles;
using Dlict.Reports;
using Dlict.Reports.Queries;
using Dlict.Reports.Workbooks;
using Dlict.Warehouse;
using NodaTime;

namespace Dlict.Cli.Serve;

/// <summary>What the report job needs from dlict.json.</summary>
public sealed record ReportSettings(string? Office, IReadOnlyList<string> Director, string? DeliveryFolder, CycleCalendar Calendar, string OutFolder);

/// <summary>
/// The management workbook to the director (e-mail) and the delivery folder: monthly (the latest cycle), and
/// the morning after a deadline (the cycle that just closed, when it has data).
/// </summary>
public class ReportJob(IWarehouse warehouse, ReportSettings settings, IClock clock, Delivery delivery, JobRunner runner) : ScheduledJob(runner)
{
    public override string Name => JobNames.Report;

    /// <summary>The run of the morning after a deadline (<see cref="ReportAfterDeadlineJob"/>), not the monthly one.</summary>
    protected virtual bool AfterDeadline => false;

    /// <summary>The cycle whose deadline was yesterday (Bangkok), if any.</summary>
    public static Cycle? EndedYesterday(CycleCalendar calendar, DateOnly today) =>
        calendar.Upcoming(today.AddDays(-1)).Where(u => u.Deadline == today.AddDays(-1)).Select(u => (Cycle?)u.Cycle).FirstOrDefault();

    public override JobResult Run(CancellationToken cancellationToken)
    {
        var today = BangkokTime.Today(clock);
        var ended = AfterDeadline ? EndedYesterday(settings.Calendar, today) : null;
        if (AfterDeadline && ended is null) return new JobResult(Outcomes.Succeeded, "เมื่อวานไม่ใช่วันครบกำหนด / no deadline yesterday");
        if (settings.Director.Count == 0 && string.IsNullOrWhiteSpace(settings.DeliveryFolder))
            return new JobResult(Outcomes.Failed,
                "ไม่มีผู้รับ: ตั้ง recipients.director หรือ delivery.folder ใน dlict.json / no recipient and no folder: set recipients.director or delivery.folder in dlict.json");
        var cycle = ended is { } e && HasData(e) ? e : ReportVerb.LatestCycle(warehouse);
        if (cycle is null)
            return new JobResult(Outcomes.Failed, "ยังไม่มีข้อมูลนักเรียนในคลัง / no enrolment data yet: nothing to report");
        Directory.CreateDirectory(settings.OutFolder);
        var file = ManagementWorkbook.Write(warehouse, new ReportRequest(cycle.Value.ToString(), Path.Combine(settings.OutFolder, $"dlict-report-{cycle.Value.FileTag}.xlsx"),
            settings.Office, BangkokTime.Now(clock)));
        cancellationToken.ThrowIfCancellationRequested();
        var mail = new OutgoingMail(settings.Director,
            $"[DLICT] รายงานสารสนเทศเพื่อการบริหาร รอบ {cycle} ({ThaiDate.Format(today)})",
            $"""
            เรียน ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา

            ส่งรายงานสารสนเทศเพื่อการบริหาร ข้อมูลรอบ {cycle} ณ วันที่ {ThaiDate.Format(today)} ตามไฟล์แนบ {Path.GetFileName(file)}

            {OfficeName.Of(warehouse, settings.Office)}
            ส่งอัตโนมัติโดย dlict serve / sent automatically by dlict serve
            """, [file]);
        var errors = new[]
        {
            delivery.Email(Name, mail, cancellationToken),
            delivery.CopyToFolder(Name, file, settings.DeliveryFolder, cancellationToken),
        }.OfType<string>().ToList();
        return errors.Count > 0
            ? new JobResult(Outcomes.Failed, $"{cycle}: {string.Join("; ", errors)}", file)
            : new JobResult(Outcomes.Succeeded, $"{cycle} → {mail.Recipients} {settings.DeliveryFolder}".TrimEnd(), file);
    }

    private bool HasData(Cycle cycle)
    {
        using var connection = warehouse.OpenReadOnly();
        return connection.ExecuteScalar<long>("SELECT COUNT(*) FROM v_enrolment WHERE academic_year = @y AND round = @r",
            new { y = cycle.AcademicYear, r = cycle.Round }) > 0;
    }
}

/// <summary>The management workbook the morning after a deadline: the cycle that just closed, when it has data.</summary>
public sealed class ReportAfterDeadlineJob(IWarehouse warehouse, ReportSettings settings, IClock clock, Delivery delivery, JobRunner runner)
    : ReportJob(warehouse, settings, clock, delivery, runner)
{
    protected override bool AfterDeadline => true;
}
