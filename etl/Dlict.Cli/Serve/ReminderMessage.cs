using System.Globalization;
using System.Text;
using Dlict.Cli.Output;
using Dlict.Etl.Cycles;
using Dlict.Reports.Workbooks;
using Dlict.Warehouse;

namespace Dlict.Cli.Serve;

/// <summary>The Thai reminder to the data officers: deadline, reporting rate, the missing schools by district.</summary>
public static class ReminderMessage
{
    public static string Subject(Cycle cycle, DateOnly deadline, int daysLeft, int missing) =>
        $"[DLICT] เตือนส่งข้อมูลรอบ {cycle} — อีก {daysLeft} วันถึงกำหนด {ThaiDate.Format(deadline)} (ยังไม่ส่ง {missing} โรงเรียน)";

    public static string Body(string office, Cycle cycle, DateOnly deadline, int daysLeft, CycleSubmissions s, string? attachment)
    {
        var b = new StringBuilder();
        b.AppendLine("เรียน เจ้าหน้าที่ข้อมูล").AppendLine();
        b.AppendLine(Invariant($"ข้อมูลรอบ {cycle} ครบกำหนดส่งวันที่ {ThaiDate.Format(deadline)} (อีก {daysLeft} วัน)"));
        b.AppendLine(Invariant($"อัตราการส่งข้อมูล {s.ReportingRate:0.0}% (ส่งแล้ว {s.Submitted} จาก {s.Expected} โรงเรียน ตรงเวลา {s.OnTime} ล่าช้า {s.Late})"));
        b.AppendLine(Invariant($"โรงเรียนที่ยังไม่ส่ง {s.Missing.Count} โรงเรียน:"));
        foreach (var district in s.Missing.GroupBy(m => m.District ?? "-"))
        {
            b.AppendLine().AppendLine($"อำเภอ{district.Key}");
            foreach (var school in district) b.AppendLine($"  {school.SchoolCode} {school.SchoolName}");
        }
        b.AppendLine();
        if (attachment is not null) b.AppendLine($"รายละเอียดอยู่ในไฟล์แนบ {Path.GetFileName(attachment)}");
        b.AppendLine().AppendLine(office).AppendLine("ส่งอัตโนมัติโดย dlict serve / sent automatically by dlict serve");
        return b.ToString();
    }

    /// <summary>The fresh link of each missing school, to forward (dashboard's "send reminders now").</summary>
    public static string Links(IEnumerable<Portal.Links.SchoolLink> links)
    {
        var b = new StringBuilder().AppendLine().AppendLine("ลิงก์ส่งข้อมูลของแต่ละโรงเรียน (ออกใหม่ ลิงก์เดิมใช้ไม่ได้แล้ว) ส่งต่อให้โรงเรียนได้เลย:");
        foreach (var l in links) b.AppendLine($"  {l.SchoolCode} {l.SchoolName}: {l.Url}");
        return b.ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
