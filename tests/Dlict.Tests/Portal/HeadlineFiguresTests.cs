using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Dlict.Reports;
using Dlict.Tests.Reports;
using OfficeOpenXml;
using static Dlict.Tests.Portal.PortalServer;

namespace Dlict.Tests.Portal;

/// <summary>/admin's headline block: the KPIs of the management workbook's สรุปผู้บริหาร, for the chosen cycle, as the workbook shows them.</summary>
public class HeadlineFiguresTests
{
    /// <summary>The web front over <see cref="KnownWarehouse"/> (6 schools, hand-worked figures) with the operations views holding known rows.</summary>
    public static Task<PortalServer> StartKnown(TempDir dir)
    {
        var known = KnownWarehouse.Create(dir.File("known.db"));
        OperationsViews.Add(known);
        return Start(o => o with { Warehouse = known });
    }

    public static async Task<HttpResponseMessage> Fetch(PortalServer s, string path, string? cookies)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (cookies is not null) request.Headers.Add("Cookie", cookies);
        return await s.Http.SendAsync(request);
    }

    [Test]
    public async Task The_dashboard_shows_the_kpis_of_the_management_workbooks_summary_sheet_for_the_chosen_cycle()
    {
        using var dir = new TempDir();
        await using var s = await StartKnown(dir);
        var (cookies, _) = await AdminDashboardTests.Login(s);

        var round1 = PageKpis(await (await Fetch(s, "/admin?cycle=2568/1", cookies)).Content.ReadAsStringAsync());
        var round2 = PageKpis(await (await Fetch(s, "/admin?cycle=2568/2", cookies)).Content.ReadAsStringAsync());

        Assert.That(round1, Is.EqualTo(WorkbookKpis(await (await Fetch(s, "/admin/management.xlsx?cycle=2568/1", cookies)).Content.ReadAsByteArrayAsync())));
        Assert.That(round2, Is.EqualTo(WorkbookKpis(await (await Fetch(s, "/admin/management.xlsx?cycle=2568/2", cookies)).Content.ReadAsByteArrayAsync())));
        Assert.That(round1, Is.EqualTo(new[]
        {
            ("จำนวนโรงเรียน (เปิดสอน)", "6", "โรง", "—"),
            ("จำนวนนักเรียน", "2,650", "คน", "↑ 4.3%"), // (2,650 − 2,540) / 2,540
            ("อัตราการส่งข้อมูล", "83.3", "%", "—"), // 5 of 6
            ("อัตราการส่งข้อมูลตรงเวลา", "50.0", "%", "—"), // 3 of 6
            ("โรงเรียน DLTV พร้อมใช้งาน", "1", "โรง", "—"),
            ("บุคลากรที่เข้ารับการอบรม ปีงบประมาณ 2568", "4", "คน", "—"),
            ("คำขอรับบริการที่ยังไม่แล้วเสร็จ", "1", "รายการ", "—"),
        }));
        Assert.That(round2[1], Is.EqualTo(("จำนวนนักเรียน", "ยังไม่มีข้อมูล", "", "—")), "nothing received for round 2 yet");
        Assert.That(round2[2], Is.EqualTo(("อัตราการส่งข้อมูล", "0.0", "%", "—")));
        Assert.That(round2[5].Label, Is.EqualTo("บุคลากรที่เข้ารับการอบรม ปีงบประมาณ 2569"), "2568/2 (Nov 2025) falls in fiscal year 2569");
    }

    /// <summary>(label, value as shown, unit, change from last year or —) of each KPI in the page's headline block.</summary>
    public static List<(string Label, string Value, string Unit, string Change)> PageKpis(string html)
    {
        var block = Regex.Match(html, "<section class=\"card\" id=\"headline\">(.*?)</section>", RegexOptions.Singleline).Groups[1].Value;
        return Regex.Matches(block, "<div class=\"kpi\"><div class=\"kpi-value\"><b(?: class=\"none\")?>(.*?)</b> (.*?)</div><div class=\"kpi-label\">(.*?)</div>(?:<div class=\"kpi-note\">(.*?) เทียบรอบเดียวกันปีก่อน</div>)?</div>")
            .Select(m => (D(m.Groups[3].Value), D(m.Groups[1].Value), D(m.Groups[2].Value), m.Groups[4].Success ? D(m.Groups[4].Value) : "—"))
            .ToList();
    }

    private static string D(string html) => WebUtility.HtmlDecode(html);

    /// <summary>The same four things read from the xlsx with EPPlus: the table under the header "ตัวชี้วัด", each value in its cell's number format.</summary>
    private static List<(string Label, string Value, string Unit, string Change)> WorkbookKpis(byte[] xlsx)
    {
        EpplusLicence.Ensure();
        using var package = new ExcelPackage(new MemoryStream(xlsx));
        var sheet = package.Workbook.Worksheets["สรุปผู้บริหาร"];
        var header = sheet.Cells[sheet.Dimension.Address].First(c => Equals(c.Value, "ตัวชี้วัด"));
        var (row, column) = (header.Start.Row + 1, header.Start.Column);
        var kpis = new List<(string, string, string, string)>();
        for (; sheet.Cells[row, column].Value is string label; row++)
        {
            var value = sheet.Cells[row, column + 1];
            var shown = value.Value is string text ? text
                : Convert.ToDouble(value.Value, CultureInfo.InvariantCulture).ToString(value.Style.Numberformat.Format, CultureInfo.InvariantCulture);
            kpis.Add((label, shown, sheet.Cells[row, column + 2].Value as string ?? "", (string)sheet.Cells[row, column + 3].Value));
        }
        return kpis;
    }
}
