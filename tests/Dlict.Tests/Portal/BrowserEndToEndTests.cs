using Microsoft.Playwright;
using static Dlict.Tests.Portal.PortalServer;

namespace Dlict.Tests.Portal;

/// <summary>
/// The school's loop and the officer's view in a real browser: Debian's chromium driven by Playwright (never a
/// downloaded browser). Screenshots at 390×844 (a phone) and 1280×900 go to $DLICT_ARTIFACTS (default: the repository's artifacts/portal, which CI keeps).
/// </summary>
public class BrowserEndToEndTests
{
    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    public static string? Chromium() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, "chromium")).FirstOrDefault(File.Exists);

    public static string Artifacts()
    {
        var dir = Environment.GetEnvironmentVariable("DLICT_ARTIFACTS") is { Length: > 0 } set
            ? Path.Combine(set, "portal") : Path.Combine(Reports.DataDictionaryTests.RepositoryRoot(), "artifacts", "portal"); // beside CI's test-results and render
        Directory.CreateDirectory(dir);
        return dir;
    }

    [Test]
    [CancelAfter(240_000)]
    public async Task A_school_uploads_a_bad_file_sees_the_Thai_reject_sends_the_fix_and_the_dashboard_shows_it_on_time()
    {
        if (Chromium() is not { } chromium)
        {
            External.Missing("chromium is not installed (apt-get install chromium)");
            return;
        }
        await using var s = await Start();
        using var files = new TempDir();
        var bad = files.File("dmc ป.1-ป.2.csv");
        var good = files.File("dmc ป.1-ป.2 แก้แล้ว.csv");
        await File.WriteAllBytesAsync(bad, Csv(SchoolUploadTests.Enrolment(bad: true)));
        await File.WriteAllBytesAsync(good, Csv(SchoolUploadTests.Enrolment(bad: false)));
        var shots = Artifacts();

        using var playwright = await Playwright.CreateAsync();
        using var profile = new TempDir();
        await using var browser = await playwright.Chromium.LaunchPersistentContextAsync(profile.Path, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ChromiumArgs,
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            Locale = "th-TH",
        });
        var page = browser.Pages.Count > 0 ? browser.Pages[0] : await browser.NewPageAsync();

        await page.GotoAsync(s.BaseUrl + s.PathOf(A));
        Assert.That(await page.InnerTextAsync("h1"), Is.EqualTo("บ้านหนองบัว"));
        Assert.That(await page.InnerTextAsync("body"), Does.Contain("ยังไม่ส่ง"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "school-page-390x844.png"), FullPage = true });

        await page.SetInputFilesAsync("#file", bad);
        await page.SelectOptionAsync("#cycle", "2568/2");
        await page.ClickAsync("button[type=submit]:not(.secondary)");
        await page.WaitForSelectorAsync("#rejects");
        Assert.That(await page.InnerTextAsync("#message"), Does.Contain("ไม่ผ่านการตรวจ 1 แถว"));
        var rejectRow = await page.InnerTextAsync("#rejects tr:nth-child(2)");
        Assert.That(rejectRow, Does.Contain("3").And.Contain("total").And.Contain("31").And.Contain("ENR-003"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "result-reject-390x844.png"), FullPage = true });

        await page.ClickAsync("a[href^='/s/']");
        await page.SetInputFilesAsync("#file", good);
        await page.SelectOptionAsync("#cycle", "2568/2");
        await page.ClickAsync("button[type=submit]:not(.secondary)");
        await page.WaitForSelectorAsync("#status");
        Assert.That(await page.InnerTextAsync("#status"), Does.Contain("ส่งแล้ว ตรงเวลา"));
        Assert.That(await page.QuerySelectorAsync("#rejects"), Is.Null);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "result-on-time-390x844.png"), FullPage = true });

        await page.SetViewportSizeAsync(1280, 900);
        await page.GotoAsync(s.BaseUrl + s.PathOf(A));
        Assert.That(await page.InnerTextAsync("section.card:nth-of-type(2)"), Does.Contain("ส่งแล้ว ตรงเวลา"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "school-page-1280x900.png"), FullPage = true });

        await page.GotoAsync(s.BaseUrl + "/admin");
        await page.FillAsync("#password", AdminPassword);
        await page.ClickAsync("button[type=submit]");
        await page.SelectOptionAsync("#cycle", "2568/2");
        await page.ClickAsync("form[method=get] button");
        var row = await page.InnerTextAsync($"#schools tr:has(a:text('{A}'))");
        Assert.That(row, Does.Contain("ส่งแล้ว ตรงเวลา"));
        Assert.That(await page.InnerTextAsync("#uploads"), Does.Contain(A));
        var headline = await page.InnerTextAsync("#headline");
        Assert.That(headline, Does.Contain("จำนวนโรงเรียน (เปิดสอน)").And.Contain("จำนวนนักเรียน").And.Contain("45 คน"), "21 + 24 in ป.1–ป.2");
        Assert.That(headline, Does.Contain("33.3 %").And.Contain("อัตราการส่งข้อมูลตรงเวลา"), "1 of 3 schools, on time");
        foreach (var chart in new[] { "#students-chart", "#reporting-rate-chart" })
        {
            await page.WaitForFunctionAsync("id => document.querySelector(id)?.complete", chart);
            Assert.That(await page.EvalOnSelectorAsync<int>(chart, "img => img.naturalWidth"), Is.EqualTo(Dlict.Reports.Charts.DistrictBarPng.Width), chart);
            Assert.That(await page.GetAttributeAsync(chart, "alt"), Does.StartWith("แผนภูมิแท่ง"));
        }
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "dashboard-1280x900.png"), FullPage = true });
        await page.SetViewportSizeAsync(390, 844);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "dashboard-390x844.png"), FullPage = true });
        foreach (var table in new[] { "districts", "clusters", "uploads" })
            Assert.That(await page.EvaluateAsync<bool>($"() => {{ const t = document.getElementById('{table}'); return t.scrollWidth <= t.parentElement.clientWidth; }}"),
                Is.True, $"the {table} table fits a phone's width");
        TestContext.Out.WriteLine($"screenshots: {shots}");
    }
}
