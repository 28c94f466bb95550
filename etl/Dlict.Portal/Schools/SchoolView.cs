using Dlict.Etl.Cycles;
using Dlict.Portal.Queries;
using Dlict.Reports.Completeness;
using Dlict.Warehouse;

namespace Dlict.Portal.Schools;

/// <summary>What a school's page shows: the school, its status in the current and previous cycle, and its uploads.</summary>
public sealed record SchoolView(SchoolDirectory.School School, IReadOnlyList<CycleStatus> Cycles, IReadOnlyList<UploadLog.Row> Uploads)
{
    public static SchoolView Read(IWarehouse warehouse, SchoolDirectory.School school, CycleCalendar calendar, DateOnly today)
    {
        var current = PortalCycles.Current(calendar, today);
        using var connection = warehouse.OpenReadOnly();
        var cycles = new[] { current, PortalCycles.Previous(current) }
            .Select(c => CycleStatus.Of(CompletenessQuery.Load(connection, c.ToString(), null).ForSchool(school.school_code), c, calendar.Deadline(c), today))
            .ToList();
        return new SchoolView(school, cycles, UploadLog.Recent(connection, 20, school.school_code));
    }
}

/// <summary>
/// One cycle of one school, with the numbers of <c>dlict check</c> (CompletenessQuery): status missing / on_time /
/// late, the deadline and days left, and every reject row of its newest version.
/// </summary>
public sealed record CycleStatus(Cycle Cycle, string Status, DateOnly Deadline, int DaysLeft, DateTime? SubmittedAt, int Versions, IReadOnlyList<RejectLine> Rejects)
{
    public static CycleStatus Of(CompletenessData data, Cycle cycle, DateOnly calendarDeadline, DateOnly today)
    {
        var school = data.Schools.Count == 1 ? data.Schools[0] : null;
        var deadline = school?.Deadline ?? calendarDeadline;
        return new CycleStatus(cycle, school?.Status ?? "missing", deadline, deadline.DayNumber - today.DayNumber, school?.SubmittedAt,
            school?.Versions ?? 0, data.Rejects);
    }

    public string StatusThai => ThaiOf(Status);

    public string StatusEnglish => Status switch { "on_time" => "sent on time", "late" => "sent late", _ => "not sent yet" };

    /// <summary>portal.md's words: ยังไม่ส่ง / ส่งแล้ว ตรงเวลา / ส่งล่าช้า.</summary>
    public static string ThaiOf(string status) => status switch { "on_time" => "ส่งแล้ว ตรงเวลา", "late" => "ส่งล่าช้า", _ => "ยังไม่ส่ง" };
}
