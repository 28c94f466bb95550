using System.Globalization;
using System.Text;
using Dlict.Portal.Queries;
using Dlict.Reports.Completeness;
using Dlict.Reports.Queries;
using Dlict.Reports.Workbooks;
using static Dlict.Portal.Pages.Html;

namespace Dlict.Portal.Admin;

/// <summary>The officer's dashboard: a cycle's completeness by district and cluster (the numbers of `dlict check`), the schools, uploads and links.</summary>
public static class AdminPage
{
    public static string Render(CompletenessData data, IReadOnlyList<string> cycles, IReadOnlyList<UploadLog.Row> uploads,
        IReadOnlyList<LinkStore.LinkRow> links, string antiforgery, string? notice, IReadOnlyList<SourceFetches>? sources = null, ExecutiveSummary? headline = null)
    {
        var b = new StringBuilder();
        b.Append("<nav><a href=\"/admin\">แดชบอร์ด <span class=\"en\">dashboard</span></a>")
            .Append("<form method=\"post\" action=\"/admin/logout\" class=\"inline\">").Append(antiforgery)
            .Append("<button type=\"submit\" class=\"secondary\">ออกจากระบบ <span class=\"en\">log out</span></button></form></nav>");
        b.Append("<h1>").Append(Both($"ความครบถ้วนของการส่งข้อมูล รอบ {data.Cycle}", $"submission completeness, cycle {data.Cycle}")).Append("</h1>");
        if (notice is not null) b.Append("<section class=\"card\"><p class=\"msg\" id=\"notice\">").Append(notice).Append("</p></section>");
        b.Append("<form method=\"get\" action=\"/admin\"><label for=\"cycle\">รอบ <span class=\"en\">cycle</span></label><select id=\"cycle\" name=\"cycle\">");
        foreach (var c in cycles) b.Append($"<option value=\"{E(c)}\"{(c == data.Cycle ? " selected" : "")}>{E(c)}</option>");
        b.Append("</select><button type=\"submit\">แสดง <span class=\"en\">show</span></button></form>");
        var cycleQuery = Uri.EscapeDataString(data.Cycle);
        b.Append("<p><a href=\"/admin/completeness.xlsx?cycle=").Append(cycleQuery).Append("\">⬇ completeness.xlsx</a> · ")
            .Append("<a href=\"/admin/management.xlsx?cycle=").Append(cycleQuery).Append("\">⬇ รายงานผู้บริหาร / management.xlsx</a></p>");
        if (headline is not null) HeadlineBlock.Append(b, headline);
        AppendDistricts(b, data);
        AppendClusters(b, data);
        AppendSchools(b, data, cycleQuery);
        b.Append("<section class=\"card\"><h2>").Append(Both("เตือนโรงเรียนที่ยังไม่ส่ง", "remind the missing schools")).Append("</h2>")
            .Append("<form method=\"post\" action=\"/admin/reminders\">").Append(antiforgery)
            .Append($"<input type=\"hidden\" name=\"cycle\" value=\"{E(data.Cycle)}\">")
            .Append("<p>อีเมลถึงเจ้าหน้าที่ข้อมูลพร้อมลิงก์ใหม่ของแต่ละโรงเรียนที่ยังไม่ส่ง (ลิงก์เดิมของโรงเรียนนั้นจะใช้ไม่ได้) ")
            .Append("<span class=\"en\">E-mails the data officers a fresh link for each missing school (its old link stops working).</span></p>")
            .Append("<button type=\"submit\">ส่งการเตือนตอนนี้ <span class=\"en\">send reminders now</span></button></form></section>");
        AppendUploads(b, uploads);
        AppendSources(b, sources ?? []);
        AppendLinks(b, links, antiforgery);
        return Page($"DLICT — {data.Cycle}", b.ToString());
    }

    private static string Rate(decimal rate) => rate.ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static void AppendDistricts(StringBuilder b, CompletenessData data)
    {
        b.Append("<section class=\"card\"><h2>").Append(Both("รายอำเภอ", "by district")).Append("</h2><div class=\"scroll\"><table id=\"districts\"><tr><th>อำเภอ</th>")
            .Append("<th class=\"n\">ต้องส่ง <span class=\"en\">expected</span></th><th class=\"n\">ส่งแล้ว <span class=\"en\">submitted</span></th>")
            .Append("<th class=\"n\">ตรงเวลา <span class=\"en\">on time</span></th><th class=\"n\">ล่าช้า <span class=\"en\">late</span></th>")
            .Append("<th class=\"n\">ยังไม่ส่ง <span class=\"en\">missing</span></th><th class=\"n\">อัตรา <span class=\"en\">rate</span></th></tr>");
        foreach (var d in data.Districts())
            b.Append("<tr><td>").Append(E(d.District == DistrictCompleteness.All ? "รวม / ALL" : d.District)).Append("</td><td class=\"n\">").Append(d.Expected)
                .Append("</td><td class=\"n\">").Append(d.Submitted).Append("</td><td class=\"n\">").Append(d.OnTime).Append("</td><td class=\"n\">").Append(d.Late)
                .Append("</td><td class=\"n\">").Append(d.Missing).Append("</td><td class=\"n\">").Append(Rate(d.ReportingRate)).Append("</td></tr>");
        b.Append("</table></div></section>");
    }

    private static void AppendClusters(StringBuilder b, CompletenessData data)
    {
        b.Append("<section class=\"card\"><h2>").Append(Both("รายกลุ่มเครือข่าย", "by cluster")).Append("</h2><div class=\"scroll\"><table id=\"clusters\"><tr><th>อำเภอ</th><th>กลุ่มเครือข่าย</th>")
            .Append("<th class=\"n\">ต้องส่ง</th><th class=\"n\">ส่งแล้ว</th><th class=\"n\">ตรงเวลา</th><th class=\"n\">ล่าช้า</th><th class=\"n\">ยังไม่ส่ง</th><th class=\"n\">อัตรา</th></tr>");
        foreach (var g in data.Schools.GroupBy(s => (District: s.District ?? "", Cluster: s.Cluster ?? ""))
                     .OrderBy(g => g.Key.District, StringComparer.Ordinal).ThenBy(g => g.Key.Cluster, StringComparer.Ordinal))
        {
            int Count(string status) => g.Count(s => s.Status == status);
            var expected = g.Count();
            b.Append("<tr><td>").Append(E(g.Key.District)).Append("</td><td>").Append(E(g.Key.Cluster)).Append("</td><td class=\"n\">").Append(expected)
                .Append("</td><td class=\"n\">").Append(expected - Count("missing")).Append("</td><td class=\"n\">").Append(Count("on_time"))
                .Append("</td><td class=\"n\">").Append(Count("late")).Append("</td><td class=\"n\">").Append(Count("missing")).Append("</td><td class=\"n\">")
                .Append(Rate(DistrictCompleteness.Rate(expected - Count("missing"), expected))).Append("</td></tr>");
        }
        b.Append("</table></div></section>");
    }

    private static void AppendSchools(StringBuilder b, CompletenessData data, string cycleQuery)
    {
        b.Append("<section class=\"card\"><h2>").Append(Both("โรงเรียน (ยังไม่ส่ง → ล่าช้า → มีแถวต้องแก้)", "schools: missing → late → failing")).Append("</h2>")
            .Append("<div class=\"scroll\"><table id=\"schools\"><tr><th>รหัส</th><th>โรงเรียน</th><th>อำเภอ</th><th>สถานะ <span class=\"en\">status</span></th>")
            .Append("<th class=\"n\">แถวต้องแก้ <span class=\"en\">rejects</span></th></tr>");
        foreach (var s in data.Schools.OrderBy(s => s.StatusOrder).ThenBy(s => s.RejectedRows > 0 ? 0 : 1)
                     .ThenBy(s => s.District, StringComparer.Ordinal).ThenBy(s => s.SchoolCode, StringComparer.Ordinal))
        {
            b.Append("<tr><td><a href=\"/admin/school/").Append(E(s.SchoolCode)).Append("?cycle=").Append(cycleQuery).Append("\">").Append(E(s.SchoolCode))
                .Append("</a></td><td>").Append(E(s.SchoolName)).Append("</td><td>").Append(E(s.District)).Append("</td><td><span class=\"status ")
                .Append(E(s.Status)).Append("\">").Append(E(Schools.CycleStatus.ThaiOf(s.Status))).Append("</span></td><td class=\"n\">").Append(s.RejectedRows).Append("</td></tr>");
        }
        b.Append("</table></div></section>");
    }

    private static void AppendUploads(StringBuilder b, IReadOnlyList<UploadLog.Row> uploads)
    {
        b.Append("<section class=\"card\"><h2>").Append(Both("การส่งล่าสุดทางเว็บ", "latest web uploads")).Append("</h2><div class=\"scroll\"><table id=\"uploads\"><tr>")
            .Append("<th>เวลา</th><th>โรงเรียน</th><th>ที่อยู่ <span class=\"en\">address</span></th><th>ประเภท</th><th>ผล</th><th class=\"n\">รับ</th><th class=\"n\">ไม่ผ่าน</th></tr>");
        foreach (var u in uploads)
            b.Append("<tr><td>").Append(E(ThaiDate.Parse(u.received_at) is { } t ? ThaiDate.FormatWithTime(t) : "")).Append("</td><td>").Append(E(u.school_code)).Append(' ')
                .Append(E(u.school_name)).Append("</td><td>").Append(E(u.address)).Append("</td><td>").Append(E(u.kind)).Append("</td><td>")
                .Append(E(u.mode == "check" ? "check: " + u.outcome : u.outcome)).Append("</td><td class=\"n\">").Append(u.rows_loaded).Append("</td><td class=\"n\">")
                .Append(u.rows_rejected).Append("</td></tr>");
        b.Append("</table></div></section>");
    }

    /// <summary>The pulled sources (dlict pull), each with its last success and last failure; nothing when none is recorded.</summary>
    private static void AppendSources(StringBuilder b, IReadOnlyList<SourceFetches> sources)
    {
        if (sources.Count == 0) return;
        b.Append("<section class=\"card\"><h2>").Append(Both("แหล่งข้อมูลที่ดึง", "pulled sources")).Append("</h2><div class=\"scroll\"><table id=\"sources\"><tr>")
            .Append("<th>แหล่ง <span class=\"en\">source</span></th><th>สำเร็จล่าสุด <span class=\"en\">last success</span></th>")
            .Append("<th>ล้มเหลวล่าสุด <span class=\"en\">last failure</span></th></tr>");
        foreach (var s in sources)
            b.Append("<tr><td>").Append(E(s.Source)).Append("<br><span class=\"en\">").Append(E(s.Location)).Append("</span></td><td>")
                .Append(E(When(s.LastSuccess?.StartedAt))).Append(s.LastSuccess is { } ok ? " " + E(ok.Outcome) : "")
                .Append(s.LastSuccess?.FileNames is { } files ? "<br><span class=\"en\">" + E(files) + "</span>" : "").Append("</td><td>")
                .Append(E(When(s.LastFailure?.StartedAt))).Append(s.LastFailure?.Message is { } why ? "<br>" + E(why) : "").Append("</td></tr>");
        b.Append("</table></div></section>");
    }

    private static string When(object? at) => at is null ? "-" : ThaiDate.Parse(at) is { } t ? ThaiDate.FormatWithTime(t) : "-";

    private static void AppendLinks(StringBuilder b, IReadOnlyList<LinkStore.LinkRow> links, string antiforgery)
    {
        b.Append("<section class=\"card\"><h2>").Append(Both("ลิงก์ของโรงเรียน", "school links")).Append("</h2>")
            .Append("<form method=\"post\" action=\"/admin/links\">").Append(antiforgery)
            .Append("<label for=\"school\">รหัสโรงเรียน <span class=\"en\">school code</span></label><input id=\"school\" name=\"school\" type=\"text\" required>")
            .Append("<button type=\"submit\" name=\"action\" value=\"issue\">ออกลิงก์ใหม่ <span class=\"en\">issue / reissue</span></button>")
            .Append("<button type=\"submit\" name=\"action\" value=\"revoke\" class=\"secondary\">ยกเลิกลิงก์ <span class=\"en\">revoke</span></button></form>")
            .Append("<div class=\"scroll\"><table id=\"links\"><tr><th>โรงเรียน</th><th>ออกเมื่อ <span class=\"en\">issued</span></th><th>ยกเลิกเมื่อ <span class=\"en\">revoked</span></th></tr>");
        foreach (var l in links)
            b.Append("<tr><td>").Append(E(l.school_code)).Append("</td><td>").Append(E(ThaiDate.Parse(l.issued_at) is { } i ? ThaiDate.FormatWithTime(i) : ""))
                .Append("</td><td>").Append(E(ThaiDate.Parse(l.revoked_at) is { } r ? ThaiDate.FormatWithTime(r) : "—")).Append("</td></tr>");
        b.Append("</table></div></section>");
    }

    public static string Login(string antiforgery, string? error) => Page("เข้าสู่ระบบ / log in",
        "<h1>" + Both("เจ้าหน้าที่ข้อมูล เข้าสู่ระบบ", "data officer log in") + "</h1><section class=\"card\">" +
        (error is null ? "" : $"<p class=\"msg\" id=\"error\">{E(error)}</p>") +
        "<form method=\"post\" action=\"/admin/login\">" + antiforgery +
        "<label for=\"password\">รหัสผ่าน <span class=\"en\">password</span></label><input id=\"password\" name=\"password\" type=\"password\" required autocomplete=\"current-password\">" +
        "<button type=\"submit\">เข้าสู่ระบบ <span class=\"en\">log in</span></button></form></section>");
}
