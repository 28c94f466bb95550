using System.IO.Compression;
using System.Net;
using System.Text;
using Dlict.Portal.Security;
using Dlict.Tests.Proof;
using static Dlict.Tests.Portal.PortalServer;

namespace Dlict.Tests.Portal;

/// <summary>One test per attack of issue 19: each gets a clear answer and nothing is kept from it.</summary>
public class WebSecurityTests
{
    [Test]
    public async Task The_school_page_is_Thai_first_escapes_a_script_in_a_name_and_carries_the_security_headers()
    {
        await using var s = await Start();

        var response = await s.Http.GetAsync(s.PathOf(Script));
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Contain("&lt;script&gt;alert(1)&lt;/script&gt; บ้านดุง"));
        Assert.That(html, Does.Not.Contain("<script"));
        Assert.That(html, Does.Contain("ยังไม่ส่ง").And.Contain("รอบ 2568/2").And.Contain("เหลือ 132 วัน").And.Contain("lang=\"th\""));
        Assert.That(html, Does.Not.Contain("http://").And.Not.Contain("https://"), "no outside host");
        Assert.That(response.Headers.GetValues("Content-Security-Policy").Single(), Does.StartWith("default-src 'self'").And.Contain("frame-ancestors 'none'"));
        Assert.That(response.Headers.GetValues("X-Content-Type-Options").Single(), Is.EqualTo("nosniff"));
        Assert.That(response.Headers.GetValues("Referrer-Policy").Single(), Is.EqualTo("no-referrer"));
        Assert.That(response.Headers.CacheControl?.NoStore, Is.True, "a school's page is never kept by a browser or proxy");
    }

    [Test]
    public async Task The_admin_login_form_is_never_cached_and_antiforgery_has_nothing_to_override()
    {
        await using var s = await Start();

        var response = await s.Http.GetAsync("/admin/login");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Headers.CacheControl?.NoStore, Is.True);
        Assert.That(response.Headers.Pragma.ToString(), Is.EqualTo("no-cache"));
        Assert.That(s.Log.All, Does.Not.Contain("Cache-Control"), "no warning at every form page");
    }

    [Test]
    public async Task An_unknown_or_revoked_token_gets_the_same_404_as_any_unknown_path()
    {
        await using var s = await Start();
        var unknownPath = await s.Http.GetAsync("/no/such/page");
        var expected = await unknownPath.Content.ReadAsStringAsync();
        new Dlict.Portal.Links.LinkIssuer(s.W.Warehouse).Revoke(B, new DateTime(2025, 7, 1, 9, 0, 0));

        foreach (var path in new[] { "/s/" + new string('A', 43), "/s/short", s.PathOf(B), s.PathOf(B) + "/upload" })
        {
            var response = path.EndsWith("/upload", StringComparison.Ordinal)
                ? await s.Send(B, "upload", Csv(SchoolUploadTests.Enrolment(B)), "x.csv", json: false)
                : await s.Http.GetAsync(path);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), path);
            Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo(expected), path);
        }
        Assert.That(unknownPath.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(s.W.Scalar<long>("SELECT COUNT(*) FROM portal_upload"), Is.Zero);
    }

    [Test]
    public async Task A_file_over_the_limit_is_413_and_a_request_without_a_file_is_400_both_recorded()
    {
        await using var s = await Start(o => o with { MaxUploadBytes = 4096 });

        var large = await s.Send(A, "upload", Csv(SchoolUploadTests.Enrolment() + new string('#', 5000)), "big.csv");
        var none = await s.Http.PostAsync(s.PathOf(A) + "/upload", new MultipartFormDataContent { { new StringContent("2568/2"), "cycle" } });
        var notForm = await s.Http.PostAsync(s.PathOf(A) + "/check", new StringContent("school_code,grade"));

        Assert.That(large.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That(none.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await none.Content.ReadAsStringAsync(), Does.Contain("ไม่พบไฟล์"));
        Assert.That(notForm.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(s.W.Query<string>("SELECT outcome FROM portal_upload ORDER BY upload_id"), Is.EqualTo(new[] { "too_large", "no_file", "no_file" }));
        Assert.That(s.W.Scalar<long>("SELECT COUNT(*) FROM etl_file"), Is.EqualTo(1), "the registry only");
    }

    [Test]
    [CancelAfter(120_000)]
    public async Task A_zip_bomb_is_rejected_whole_and_an_xxe_workbook_never_reads_the_file_it_names()
    {
        await using var s = await Start();
        var secret = Path.Combine(s.W.Scratch, "secret.txt");
        await File.WriteAllTextAsync(secret, "TOP-SECRET-MARKER");

        var bomb = await s.Send(A, "upload", GeneratedInputTests.Bomb(lie: true), "bomb.xlsx");
        var xxe = await s.Send(A, "upload", Xxe(secret), "xxe.xlsx");

        Assert.That(bomb.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await bomb.Content.ReadAsStringAsync(), Does.Contain("\"status\":\"rejected\""));
        var xxeBody = await xxe.Content.ReadAsStringAsync();
        Assert.That(xxeBody, Does.Not.Contain("TOP-SECRET-MARKER"));
        var database = Encoding.UTF8.GetString(await File.ReadAllBytesAsync(s.W.DataDir.WarehouseFile));
        Assert.That(database, Does.Not.Contain("TOP-SECRET-MARKER"));
        Assert.That(s.W.Scalar<long>("SELECT COUNT(*) FROM fact_enrolment"), Is.Zero);
        Assert.That(s.W.Query<string>("SELECT outcome FROM portal_upload ORDER BY upload_id").First(), Is.EqualTo("rejected"));
    }

    /// <summary>An enrolment workbook whose cell is an external entity naming <paramref name="path"/>.</summary>
    private static byte[] Xxe(string path)
    {
        var xlsx = XlsxFile.Build(sheet =>
        {
            foreach (var (name, col) in new[] { ("school_code", 1), ("grade", 2), ("male", 3), ("female", 4) }) sheet.Cells[1, col].Value = name;
            sheet.Cells[2, 1].Value = "XXE";
            sheet.Cells[2, 2].Value = "ป.1";
            sheet.Cells[2, 3].Value = 1;
            sheet.Cells[2, 4].Value = 1;
        });
        using var memory = new MemoryStream();
        memory.Write(xlsx);
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("xl/worksheets/sheet1.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open())) xml = reader.ReadToEnd();
            entry.Delete();
            var at = xml.IndexOf("<worksheet", StringComparison.Ordinal);
            xml = xml[..at] + $"<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file://{path}\">]>" + xml[at..];
            xml = xml.Replace("<c r=\"A2\" t=\"s\"><v>4</v></c>", "<c r=\"A2\" t=\"inlineStr\"><is><t>&xxe;</t></is></c>", StringComparison.Ordinal);
            using var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml").Open());
            writer.Write(xml);
        }
        return memory.ToArray();
    }

    [Test]
    public async Task A_burst_of_1000_requests_from_one_address_is_rate_limited_and_so_is_one_link()
    {
        await using var s = await Start();

        var answers = await Task.WhenAll(Enumerable.Range(0, 1000).Select(_ => s.Http.GetAsync("/portal.css")));
        var codes = answers.GroupBy(a => a.StatusCode).ToDictionary(g => g.Key, g => g.Count());

        Assert.That(codes[HttpStatusCode.OK], Is.EqualTo(300));
        Assert.That(codes[HttpStatusCode.TooManyRequests], Is.EqualTo(700));
        Assert.That(await answers.First(a => a.StatusCode == HttpStatusCode.TooManyRequests).Content.ReadAsStringAsync(), Does.Contain("ถี่เกินไป"));
    }

    [Test]
    public async Task Uploads_through_one_link_are_limited_per_link_and_other_links_still_work()
    {
        await using var s = await Start(o => o with { PerLinkPerMinute = 3 });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++) statuses.Add((await s.Send(A, "check", Csv(SchoolUploadTests.Enrolment()), "x.csv")).StatusCode);
        var other = await s.Send(B, "check", Csv(SchoolUploadTests.Enrolment(B)), "x.csv");

        Assert.That(statuses, Is.EqualTo(new[] { HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests }));
        Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task No_token_ever_reaches_a_log_while_uploads_404s_and_errors_are_logged_by_school_code()
    {
        await using var s = await Start();

        await s.Http.GetAsync(s.PathOf(A));
        await s.Send(A, "upload", Csv(SchoolUploadTests.Enrolment()), "a.csv", cycle: "2568/2");
        await s.Send(A, "check", [1, 2, 3], "a.xlsx");
        await s.Http.PostAsync(s.PathOf(A) + "/upload", new StringContent("x"));
        await s.Http.GetAsync("/s/" + s.Tokens[B][..42] + "Z");

        var log = s.Log.All;
        Assert.That(log, Does.Contain(A), "uploads are logged by school code");
        foreach (var token in s.Tokens.Values) Assert.That(log, Does.Not.Contain(token[..20]));
        Assert.That(ClientAddress.LinkToken(new Microsoft.AspNetCore.Http.DefaultHttpContext { Request = { Path = "/s/abc/upload" } }), Is.EqualTo("abc"));
    }
}
