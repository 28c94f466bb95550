using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Dlict.Reports.Completeness;
using static Dlict.Tests.Portal.PortalServer;

namespace Dlict.Tests.Portal;

/// <summary>/admin: off without a password, a hardened login, the numbers of `dlict check`, anti-forgery on every form.</summary>
public class AdminDashboardTests
{
    private static async Task<(string Cookies, string Form)> LoginForm(PortalServer s)
    {
        var page = await s.Http.GetAsync("/admin/login");
        var cookies = string.Join("; ", page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        var token = Regex.Match(await page.Content.ReadAsStringAsync(), "name=\"af\" value=\"([^\"]+)\"").Groups[1].Value;
        return (cookies, token);
    }

    private static async Task<HttpResponseMessage> Post(PortalServer s, string path, string cookies, params (string, string)[] fields)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Item1, f.Item2))) };
        request.Headers.Add("Cookie", cookies);
        return await s.Http.SendAsync(request);
    }

    /// <summary>Logs in; the cookie header of the session (anti-forgery cookie + session cookie) and a fresh form token.</summary>
    public static async Task<(string Cookies, string Form)> Login(PortalServer s)
    {
        var (cookies, token) = await LoginForm(s);
        var response = await Post(s, "/admin/login", cookies, ("af", token), ("password", AdminPassword));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var session = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("dlict-admin=", StringComparison.Ordinal));
        Assert.That(session, Does.Contain("httponly").IgnoreCase.And.Contain("samesite=strict").IgnoreCase.And.Contain("path=/admin"));
        Assert.That(session, Does.Not.Contain("secure").IgnoreCase, "plain HTTP on loopback: Secure only over TLS");
        cookies += "; " + session.Split(';')[0];
        var dashboard = new HttpRequestMessage(HttpMethod.Get, "/admin");
        dashboard.Headers.Add("Cookie", cookies);
        var html = await (await s.Http.SendAsync(dashboard)).Content.ReadAsStringAsync();
        return (cookies, Regex.Match(html, "name=\"af\" value=\"([^\"]+)\"").Groups[1].Value);
    }

    private static async Task<string> Get(PortalServer s, string path, string cookies)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookies);
        var response = await s.Http.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), path);
        return await response.Content.ReadAsStringAsync();
    }

    [Test]
    public async Task Without_a_password_the_dashboard_is_off_and_without_a_session_it_redirects_to_the_login()
    {
        await using (var off = await Start(o => o with { AdminPassword = null }))
            Assert.That((await off.Http.GetAsync("/admin")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        await using var s = await Start();
        var response = await s.Http.GetAsync("/admin");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location!.ToString(), Is.EqualTo("/admin/login"));
        Assert.That((await s.Http.GetAsync("/admin/completeness.xlsx")).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
    }

    [Test]
    public async Task A_wrong_password_is_slowed_and_then_rate_limited()
    {
        await using var s = await Start();
        var (cookies, token) = await LoginForm(s);
        var watch = Stopwatch.StartNew();

        var first = await Post(s, "/admin/login", cookies, ("af", token), ("password", "wrong"));
        var slowed = watch.Elapsed;
        var statuses = new List<HttpStatusCode> { first.StatusCode };
        for (var i = 0; i < 5; i++) statuses.Add((await Post(s, "/admin/login", cookies, ("af", token), ("password", "wrong" + i))).StatusCode);
        var right = await Post(s, "/admin/login", cookies, ("af", token), ("password", AdminPassword));

        Assert.That(slowed, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(300)));
        Assert.That(statuses, Is.EqualTo(Enumerable.Repeat(HttpStatusCode.Unauthorized, 5).Append(HttpStatusCode.TooManyRequests)));
        Assert.That(right.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests), "even the right password waits out the window");
        Assert.That(await first.Content.ReadAsStringAsync(), Does.Contain("รหัสผ่านไม่ถูกต้อง"));
    }

    [Test]
    public async Task The_dashboard_shows_the_numbers_of_dlict_check_by_district_and_cluster()
    {
        await using var s = await Start();
        await s.Send(A, "upload", PortalServer.Csv(SchoolUploadTests.Enrolment(bad: false)), "a.csv", cycle: "2568/2");
        var (cookies, _) = await Login(s);

        var html = await Get(s, "/admin?cycle=2568/2", cookies);

        CompletenessData data;
        using (var c = s.W.Warehouse.OpenReadOnly()) data = CompletenessQuery.Load(c, "2568/2", null);
        var all = data.Districts().Single(d => d.District == DistrictCompleteness.All);
        Assert.That((all.Expected, all.Submitted, all.OnTime, all.Missing), Is.EqualTo((3, 1, 1, 2)));
        var districts = Regex.Match(html, "<table id=\"districts\">(.*?)</table>", RegexOptions.Singleline).Groups[1].Value;
        Assert.That(districts, Does.Contain("<td>เพ็ญ</td><td class=\"n\">2</td><td class=\"n\">1</td><td class=\"n\">1</td><td class=\"n\">0</td><td class=\"n\">1</td><td class=\"n\">50.0%</td>"));
        Assert.That(districts, Does.Contain("<td>รวม / ALL</td><td class=\"n\">3</td><td class=\"n\">1</td><td class=\"n\">1</td><td class=\"n\">0</td><td class=\"n\">2</td><td class=\"n\">33.3%</td>"));
        Assert.That(html, Does.Contain("<td>เพ็ญ</td><td>กลุ่ม เพ็ญ</td><td class=\"n\">2</td>"));
        Assert.That(html, Does.Contain("&lt;script&gt;").And.Not.Contain("<script"));
        var school = await Get(s, $"/admin/school/{A}?cycle=2568/2", cookies);
        Assert.That(school, Does.Contain("ส่งแล้ว ตรงเวลา").And.Contain("a.csv"));
        var workbook = new HttpRequestMessage(HttpMethod.Get, "/admin/completeness.xlsx?cycle=2568/2");
        workbook.Headers.Add("Cookie", cookies);
        var xlsx = await s.Http.SendAsync(workbook);
        Assert.That(xlsx.Content.Headers.ContentType!.MediaType, Does.Contain("spreadsheetml"));
        Assert.That((await xlsx.Content.ReadAsByteArrayAsync())[..2], Is.EqualTo("PK"u8.ToArray()));
    }

    [Test]
    public async Task A_dashboard_form_without_its_anti_forgery_token_does_nothing_and_with_it_revokes()
    {
        await using var s = await Start();
        var (cookies, token) = await Login(s);

        var forged = await Post(s, "/admin/links", cookies, ("school", A), ("action", "revoke"));
        Assert.That(forged.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(s.W.Scalar<long>("SELECT COUNT(*) FROM portal_link WHERE school_code = @A AND revoked_at IS NULL", new { A }), Is.EqualTo(1));

        var real = await Post(s, "/admin/links", cookies, ("af", token), ("school", A), ("action", "revoke"));
        Assert.That(real.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(s.W.Scalar<long>("SELECT COUNT(*) FROM portal_link WHERE school_code = @A AND revoked_at IS NULL", new { A }), Is.Zero);
        Assert.That((await s.Http.GetAsync(s.PathOf(A))).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));

        var issued = await (await Post(s, "/admin/links", cookies, ("af", token), ("school", A), ("action", "issue"))).Content.ReadAsStringAsync();
        var url = Regex.Match(issued, "<code id=\"link\">([^<]+)</code>").Groups[1].Value;
        Assert.That(url, Does.StartWith(s.BaseUrl + "/s/"));
        Assert.That((await s.Http.GetAsync(new Uri(url).AbsolutePath)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task The_dashboard_shows_each_pulled_sources_last_success_and_last_failure()
    {
        await using var s = await Start();
        using (var c = s.W.Warehouse.Open())
        {
            foreach (var (source, at, outcome, files, message) in new[]
            {
                ("training-form", "2025-06-02T09:00:00", "new", "training.csv", (string?)null),
                ("training-form", "2025-06-02T10:00:00", "failed", null, "HTTP 404"),
                ("training-form", "2025-06-02T11:00:00", "not-modified", null, null),
                ("school-mail", "2025-06-02T08:30:00", "failed", null, "connection refused: <imap>"),
            })
                Dapper.SqlMapper.Execute(c, """
                    INSERT INTO etl_fetch (source, source_type, location, started_at, finished_at, outcome, bytes, file_names, message)
                    VALUES (@source, 'http', 'https://docs.example/pub?***', @at, @at, @outcome, 0, @files, @message)
                    """, new { source, at, outcome, files, message });
        }
        var (cookies, _) = await Login(s);

        var html = await Get(s, "/admin", cookies);

        var table = Regex.Match(html, "<table id=\"sources\">(.*?)</table>", RegexOptions.Singleline).Groups[1].Value;
        var rows = Regex.Matches(table, "<tr><td>(.*?)</tr>", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
        Assert.That(rows, Has.Count.EqualTo(2));
        Assert.That(rows[0], Does.StartWith("school-mail").And.Contain("<td>-</td>").And.Contain("connection refused: &lt;imap&gt;"));
        Assert.That(rows[1], Does.StartWith("training-form").And.Contain("not-modified").And.Contain("HTTP 404").And.Not.Contain("training.csv"));
        Assert.That(rows[1], Does.Contain("11:00").And.Contain("10:00"));
    }
}
