using System.Buffers.Binary;
using System.Net;
using Dlict.Reports;
using Dlict.Reports.Charts;
using OfficeOpenXml;
using OfficeOpenXml.Drawing;
using static Dlict.Tests.Portal.HeadlineFiguresTests;
using static Dlict.Tests.Portal.PortalServer;

namespace Dlict.Tests.Portal;

/// <summary>/admin's two charts: the workbook's own PNGs behind the session, with Thai alt text, or a note when there is nothing to draw.</summary>
public class HeadlineChartsTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Test]
    public async Task Both_charts_are_the_workbooks_pngs_served_behind_the_session_and_shown_with_Thai_alt_text()
    {
        using var dir = new TempDir();
        await using var s = await StartKnown(dir);
        var (cookies, _) = await AdminDashboardTests.Login(s);

        var html = await (await Fetch(s, "/admin?cycle=2568/1", cookies)).Content.ReadAsStringAsync();
        var students = await Fetch(s, "/admin/charts/students.png?cycle=2568/1", cookies);
        var rates = await Fetch(s, "/admin/charts/reporting-rate.png?cycle=2568/1", cookies);
        var xlsx = await (await Fetch(s, "/admin/management.xlsx?cycle=2568/1", cookies)).Content.ReadAsByteArrayAsync();

        Assert.That(html, Does.Contain("<img id=\"students-chart\" src=\"/admin/charts/students.png?cycle=2568%2F1\" width=\"800\" height=\"420\" alt=\"แผนภูมิแท่ง จำนวนนักเรียนรายอำเภอ รอบ 2568/1\">"));
        Assert.That(html, Does.Contain("<img id=\"reporting-rate-chart\" src=\"/admin/charts/reporting-rate.png?cycle=2568%2F1\" width=\"800\" height=\"420\" alt=\"แผนภูมิแท่ง อัตราการส่งข้อมูลรายอำเภอ (ร้อยละ) รอบ 2568/1\">"));
        foreach (var (response, picture) in new[] { (students, "StudentsByDistrict"), (rates, "ReportingRateByDistrict") })
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), picture);
            Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("image/png"));
            var png = await response.Content.ReadAsByteArrayAsync();
            Assert.That(png[..8], Is.EqualTo(PngSignature));
            Assert.That((Ihdr(png, 16), Ihdr(png, 20)), Is.EqualTo((DistrictBarPng.Width, DistrictBarPng.Height)));
            Assert.That(png, Is.EqualTo(WorkbookPicture(xlsx, picture)), $"{picture}: the dashboard's PNG is the workbook's, byte for byte");
        }
        Assert.That(await students.Content.ReadAsByteArrayAsync(), Is.Not.EqualTo(await rates.Content.ReadAsByteArrayAsync()));
    }

    [Test]
    public async Task Without_a_session_a_chart_is_refused()
    {
        using var dir = new TempDir();
        await using var s = await StartKnown(dir);

        foreach (var path in new[] { "/admin/charts/students.png?cycle=2568/1", "/admin/charts/reporting-rate.png?cycle=2568/1" })
        {
            var response = await Fetch(s, path, cookies: null);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), path);
            Assert.That(response.Headers.Location!.ToString(), Is.EqualTo("/admin/login"));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.Not.EqualTo("image/png"));
            Assert.That((await Fetch(s, path, "dlict-admin=" + new string('0', 64))).StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "a made-up session");
        }
    }

    [Test]
    public async Task A_cycle_with_nothing_received_gets_a_Thai_and_English_note_instead_of_an_image()
    {
        await using var s = await Start(); // three schools expected, nothing sent
        var (cookies, _) = await AdminDashboardTests.Login(s);

        var html = await (await Fetch(s, "/admin?cycle=2568/2", cookies)).Content.ReadAsStringAsync();
        var students = await Fetch(s, "/admin/charts/students.png?cycle=2568/2", cookies);
        var rates = await Fetch(s, "/admin/charts/reporting-rate.png?cycle=2568/2", cookies);

        Assert.That(html, Does.Not.Contain("<img"));
        Assert.That(html, Does.Contain("<p class=\"chart-note\" id=\"students-chart\">ยังไม่มีข้อมูลนักเรียนของรอบ 2568/2 จึงยังไม่มีแผนภูมิ / no student figures for cycle 2568/2 yet, so there is no chart</p>"));
        Assert.That(html, Does.Contain("<p class=\"chart-note\" id=\"reporting-rate-chart\">ยังไม่มีโรงเรียนใดส่งข้อมูลรอบ 2568/2 จึงยังไม่มีแผนภูมิ / no school has sent data for cycle 2568/2 yet, so there is no chart</p>"));
        Assert.That((students.StatusCode, rates.StatusCode), Is.EqualTo((HttpStatusCode.NotFound, HttpStatusCode.NotFound)));
        Assert.That(students.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/plain"));
        Assert.That(await students.Content.ReadAsStringAsync(), Does.StartWith("ยังไม่มีข้อมูลนักเรียนของรอบ 2568/2").And.Contain("no student figures"));
        Assert.That(await rates.Content.ReadAsStringAsync(), Does.StartWith("ยังไม่มีโรงเรียนใดส่งข้อมูลรอบ 2568/2").And.Contain("no school has sent"));

        await s.Send(A, "upload", Csv(SchoolUploadTests.Enrolment(bad: false)), "a.csv", cycle: "2568/2");
        html = await (await Fetch(s, "/admin?cycle=2568/2", cookies)).Content.ReadAsStringAsync();
        Assert.That(html, Does.Contain("<img id=\"students-chart\"").And.Contain("<img id=\"reporting-rate-chart\"").And.Not.Contain("chart-note"));
        Assert.That((await Fetch(s, "/admin/charts/students.png?cycle=2568/2", cookies)).StatusCode, Is.EqualTo(HttpStatusCode.OK), "once one school has sent");
    }

    private static int Ihdr(byte[] png, int offset) => BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(offset, 4));

    private static byte[] WorkbookPicture(byte[] xlsx, string name)
    {
        EpplusLicence.Ensure();
        using var package = new ExcelPackage(new MemoryStream(xlsx));
        var picture = (ExcelPicture)package.Workbook.Worksheets["สรุปผู้บริหาร"].Drawings[name];
        return picture.Image.ImageBytes;
    }
}
