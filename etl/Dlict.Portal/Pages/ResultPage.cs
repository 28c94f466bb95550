using System.Text;
using Dlict.Portal.Uploads;
using static Dlict.Portal.Pages.Html;

namespace Dlict.Portal.Pages;

/// <summary>The answer page of an upload or a check: the outcome in Thai, every reject row, the way back.</summary>
public static class ResultPage
{
    public static string Render(UploadResult result, string schoolName, string backLink, bool check, string? statusLine)
    {
        var (thai, english) = (result.Status, check) switch
        {
            (UploadResult.Loaded, true) => ("ตรวจแล้ว ไฟล์นี้ส่งได้ (ยังไม่ได้บันทึก)", "checked: this file can be sent (nothing kept)"),
            (UploadResult.Loaded, false) => ("รับข้อมูลแล้ว", "received"),
            (UploadResult.Skipped, _) => ("ไฟล์นี้เคยส่งแล้ว", "this file was sent before"),
            _ => ("ไม่รับไฟล์นี้", "file not accepted"),
        };
        var body = new StringBuilder();
        body.Append("<h1>").Append(E(schoolName)).Append("</h1><section class=\"card\"><p>")
            .Append($"<span class=\"status {E(result.Status)}\">{E(thai)}</span> <span class=\"en\">{E(english)}</span></p>")
            .Append("<p class=\"msg\" id=\"message\">").Append(E(result.Message)).Append("</p><p>")
            .Append(Both("ประเภท", "kind")).Append(' ').Append(E(result.Kind ?? "—")).Append(" · ")
            .Append(Both("รอบ", "cycle")).Append(' ').Append(E(result.Cycle ?? "—")).Append(" · ")
            .Append(Both("รับ", "loaded")).Append(' ').Append(E(result.RowsLoaded)).Append(" · ")
            .Append(Both("ไม่ผ่าน", "rejected")).Append(' ').Append(E(result.RowsRejected)).Append("</p>");
        if (statusLine is not null) body.Append("<p id=\"status\">").Append(statusLine).Append("</p>");
        if (result.Rejects.Count > 0)
        {
            body.Append("<div class=\"scroll\"><table id=\"rejects\"><tr><th class=\"n\">แถว <span class=\"en\">row</span></th><th>คอลัมน์ <span class=\"en\">column</span></th>")
                .Append("<th>ค่า <span class=\"en\">value</span></th><th>ปัญหา <span class=\"en\">problem</span></th></tr>");
            foreach (var r in result.Rejects)
                body.Append("<tr><td class=\"n\">").Append(r.Row?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "").Append("</td><td>").Append(E(r.Column))
                    .Append("</td><td>").Append(E(r.Value)).Append("</td><td>").Append(E(r.Message)).Append("<br><span class=\"en\">").Append(E(r.MessageEn))
                    .Append(" (").Append(E(r.Rule)).Append(")</span></td></tr>");
            body.Append("</table></div>");
        }
        body.Append("</section><p><a href=\"").Append(E(backLink)).Append("\">← กลับหน้าโรงเรียน <span class=\"en\">back to the school page</span></a></p>");
        return Page(check ? "ผลการตรวจ" : "ผลการส่ง", body.ToString());
    }
}
