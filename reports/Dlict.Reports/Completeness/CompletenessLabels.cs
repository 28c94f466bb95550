using Dlict.Reports.Workbooks;

namespace Dlict.Reports.Completeness;

/// <summary>Thai wording of the completeness workbook.</summary>
internal static class CompletenessLabels
{
    public const string Missing = "ยังไม่ส่ง";
    public const string Late = "ส่งล่าช้า";

    public static string Status(string code) => ThaiLabels.SubmissionStatus(code);

    public static string Roster(RosterCheck check) => check switch
    {
        RosterCheck.Match => "ตรงกับจำนวนนักเรียน",
        RosterCheck.Mismatch => "ไม่ตรงกับจำนวนนักเรียน — ตรวจสอบ",
        _ => "ยังไม่ส่งรายชื่อนักเรียน",
    };

    public static string Time(DateTime? time) => time is { } t ? ThaiDate.FormatWithTime(t) : "—";

    public static string District(string district) => district == DistrictCompleteness.All ? "รวมทั้งเขต" : ThaiLabels.District(district);

    public static string Severity(string severity) => severity == "warning" ? "คำเตือน" : "ข้อผิดพลาด";
}
