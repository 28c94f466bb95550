using System.Text;
using Dlict.Portal.Schools;
using Dlict.Reports.Workbooks;
using static Dlict.Portal.Pages.Html;

namespace Dlict.Portal.Pages;

/// <summary>GET /s/&lt;token&gt;: the school, its two cycles, its uploads and the upload form. Works without JavaScript.</summary>
public static class SchoolPage
{
    public static string Render(SchoolView view, string formAction, IReadOnlyList<string> cycleChoices)
    {
        var s = view.School;
        var body = new StringBuilder();
        body.Append("<h1>").Append(E(s.school_name)).Append("</h1><p>")
            .Append(Both("รหัส", "code")).Append(' ').Append(E(s.school_code))
            .Append(" · ").Append(Both("อำเภอ", "district")).Append(' ').Append(E(s.district ?? "—"));
        if (s.cluster is not null) body.Append(" · ").Append(Both("กลุ่มเครือข่าย", "cluster")).Append(' ').Append(E(s.cluster));
        body.Append("</p>\n");
        AppendForm(body, formAction, cycleChoices);
        foreach (var cycle in view.Cycles) AppendCycle(body, cycle);
        AppendUploads(body, view.Uploads);
        return Page($"{s.school_name} — ส่งข้อมูล", body.ToString());
    }

    public static void AppendCycle(StringBuilder body, CycleStatus c)
    {
        body.Append("<section class=\"card\"><h2>").Append(Both($"รอบ {c.Cycle}", $"cycle {c.Cycle}")).Append("</h2><p>")
            .Append($"<span class=\"status {E(c.Status)}\">{E(c.StatusThai)}</span> <span class=\"en\">{E(c.StatusEnglish)}</span></p><p>")
            .Append(Both("กำหนดส่ง", "deadline")).Append(' ').Append(E(ThaiDate.Format(c.Deadline))).Append(" · ")
            .Append(c.DaysLeft >= 0 ? Both($"เหลือ {c.DaysLeft} วัน", $"{c.DaysLeft} day(s) left") : Both($"เลยกำหนด {-c.DaysLeft} วัน", $"{-c.DaysLeft} day(s) past"));
        if (c.SubmittedAt is { } at) body.Append(" · ").Append(Both("ส่งครั้งแรก", "first sent")).Append(' ').Append(E(ThaiDate.FormatWithTime(at)));
        body.Append("</p>");
        if (c.Rejects.Count > 0)
        {
            body.Append("<h3>").Append(Both($"แถวที่ต้องแก้ไข {c.Rejects.Count} แถว", $"{c.Rejects.Count} row(s) to fix")).Append("</h3><div class=\"scroll\"><table><tr>")
                .Append("<th>ไฟล์ <span class=\"en\">file</span></th><th class=\"n\">แถว <span class=\"en\">row</span></th><th>คอลัมน์ <span class=\"en\">column</span></th>")
                .Append("<th>ค่า <span class=\"en\">value</span></th><th>ปัญหา <span class=\"en\">problem</span></th></tr>");
            foreach (var r in c.Rejects)
                body.Append("<tr><td>").Append(E(r.SourceFile)).Append("</td><td class=\"n\">").Append(r.RowNumber?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "")
                    .Append("</td><td>").Append(E(r.Column)).Append("</td><td>").Append(E(r.Value)).Append("</td><td>").Append(E(r.Message))
                    .Append(" <span class=\"en\">").Append(E(r.Rule)).Append("</span></td></tr>");
            body.Append("</table></div>");
        }
        body.Append("</section>\n");
    }

    private static void AppendForm(StringBuilder body, string action, IReadOnlyList<string> cycles)
    {
        body.Append("<section class=\"card\"><h2>").Append(Both("ส่งไฟล์", "send a file")).Append("</h2>")
            .Append($"<form method=\"post\" action=\"{E(action)}/upload\" enctype=\"multipart/form-data\">")
            .Append("<label for=\"file\">ไฟล์ (.xlsx .csv .txt) <span class=\"en\">file</span></label>")
            .Append("<input id=\"file\" name=\"file\" type=\"file\" accept=\".xlsx,.csv,.txt\" required>")
            .Append("<label for=\"cycle\">รอบข้อมูล <span class=\"en\">cycle (optional: the file may say)</span></label><select id=\"cycle\" name=\"cycle\">")
            .Append("<option value=\"\">ตามไฟล์ / as the file says</option>");
        foreach (var c in cycles) body.Append($"<option value=\"{E(c)}\">{E(c)}</option>");
        body.Append("</select><div><button type=\"submit\">ส่งข้อมูล <span class=\"en\">upload</span></button>")
            .Append($"<button type=\"submit\" class=\"secondary\" formaction=\"{E(action)}/check\">ตรวจอย่างเดียว ไม่บันทึก <span class=\"en\">check only</span></button></div>")
            .Append("<p class=\"en\">DMC (xlsx), enrolment CSV, student roster (names are never stored), DLTV usage log, equipment survey.</p></form></section>\n");
    }

    public static void AppendUploads(StringBuilder body, IReadOnlyList<Queries.UploadLog.Row> uploads)
    {
        body.Append("<section class=\"card\"><h2>").Append(Both("ไฟล์ที่ส่งทางลิงก์นี้", "files sent through this link")).Append("</h2>");
        if (uploads.Count == 0)
        {
            body.Append("<p>").Append(Both("ยังไม่มี", "none yet")).Append("</p></section>\n");
            return;
        }
        body.Append("<div class=\"scroll\"><table><tr><th>เวลา <span class=\"en\">time</span></th><th>ไฟล์ <span class=\"en\">file</span></th><th>ประเภท <span class=\"en\">kind</span></th>")
            .Append("<th>ผล <span class=\"en\">result</span></th><th class=\"n\">รับ <span class=\"en\">loaded</span></th><th class=\"n\">ไม่ผ่าน <span class=\"en\">rejected</span></th></tr>");
        foreach (var u in uploads)
            body.Append("<tr><td>").Append(E(ThaiDate.Parse(u.received_at) is { } t ? ThaiDate.FormatWithTime(t) : "")).Append("</td><td>").Append(E(u.file_name))
                .Append("</td><td>").Append(E(u.kind)).Append("</td><td>").Append(E(u.mode == "check" ? "ตรวจ " + u.outcome : u.outcome))
                .Append("</td><td class=\"n\">").Append(E(u.rows_loaded)).Append("</td><td class=\"n\">").Append(E(u.rows_rejected)).Append("</td></tr>");
        body.Append("</table></div></section>\n");
    }
}
