using System.Diagnostics;
using System.Globalization;
using System.Text;
using Dlict.Reports.Completeness;
using Dlict.Tests.Cli;
using Dlict.Tests.Reports.Completeness;

namespace Dlict.Tests.Reports;

/// <summary>
/// Prints the workbooks to PDF with LibreOffice (headless), as an office does, and measures every page with poppler
/// (reports.md, "Printed or saved as PDF"): every word at least 8 pt tall, no word printed over another, the Thai text
/// there. The PNG pages and the heights per page go to artifacts/render/ in the repository root for CI to keep.
/// </summary>
public class RenderTests
{
    private static readonly string[] ThaiLabels =
    [
        "สรุปสำหรับผู้บริหาร", "จำนวนนักเรียน", "ขนาดโรงเรียน", "การส่งข้อมูลของโรงเรียน", "การอบรมบุคลากรด้านดิจิทัล",
        "ครุภัณฑ์และความพร้อม DLTV", "งานบริการ", "นิยามและแหล่งข้อมูล", "ยังไม่ส่ง",
    ];

    [Test]
    public void LibreOffice_prints_every_sheet_with_thai_text_and_charts()
    {
        RequireTools();
        _ = KnownWorkbook.WithOperationsViews;
        var (text, pages) = Render("management", KnownWorkbook.FullPath);
        foreach (var label in ThaiLabels) Assert.That(text, Does.Contain(Squeeze(label)));
        Assert.That(pages, Has.Count.GreaterThanOrEqualTo(8));
    }

    [Test]
    public void The_completeness_workbook_and_a_school_file_print_readably()
    {
        RequireTools();
        using var w = CompletenessScenario.Build();
        var folder = Path.Combine(w.DataDir.Out, "render");
        var path = CompletenessWorkbook.Write(w.Warehouse, new CompletenessRequest("2568/1", Path.Combine(folder, "completeness.xlsx"), null, new DateTime(2025, 6, 21, 8, 0, 0)));
        var (text, _) = Render("completeness", path);
        Assert.That(text, Does.Contain(Squeeze("สรุปรายอำเภอ")).Or.Contain(Squeeze("ความครบถ้วน")));
        var school = CompletenessWorkbook.WriteEachSchool(w.Warehouse, new CompletenessRequest("2568/1", "", null, new DateTime(2025, 6, 21, 8, 0, 0)), folder)[0];
        Render("school", school);
    }

    [Test]
    public void The_demos_workbooks_print_readably()
    {
        RequireTools();
        using var dir = new TempDir();
        var run = CliRun.Invoke("demo", "--data-dir", dir.Path);
        Assert.That(run.Exit, Is.Zero, run.Error);
        var out_ = Path.Combine(dir.Path, "out");
        Render("demo-report", Directory.GetFiles(out_, "dlict-report-*.xlsx").Single());
        Render("demo-completeness", Directory.GetFiles(out_, "completeness-*.xlsx").Single());
    }

    /// <summary>Prints <paramref name="xlsx"/> to PDF and PNGs under artifacts/render/<paramref name="name"/>, checks every page; returns the text without blanks and the pages.</summary>
    private static (string Text, IReadOnlyList<IReadOnlyList<PdfWord>> Pages) Render(string name, string xlsx)
    {
        var outDir = Path.Combine(DataDictionaryTests.RepositoryRoot(), "artifacts", "render", name);
        if (Directory.Exists(outDir)) Directory.Delete(outDir, recursive: true);
        Directory.CreateDirectory(outDir);
        var copy = Path.Combine(outDir, name + ".xlsx");
        File.Copy(xlsx, copy);
        Run("soffice", $"-env:UserInstallation=file:///tmp/lo-{Guid.NewGuid():N} --headless --convert-to pdf --outdir \"{outDir}\" \"{copy}\"");
        var pdf = Path.Combine(outDir, name + ".pdf");
        Assert.That(File.Exists(pdf), Is.True, "LibreOffice made no PDF");
        Run("pdftotext", $"-bbox-layout \"{pdf}\" \"{pdf}.html\"");
        Run("pdftotext", $"-layout \"{pdf}\" \"{pdf}.txt\"");
        Run("pdftoppm", $"-png -r 60 \"{pdf}\" \"{Path.Combine(outDir, "page")}\"");
        foreach (var png in Directory.GetFiles(outDir, "page*.png").Order(StringComparer.Ordinal)) TestContext.AddTestAttachment(png);

        var pages = PdfPages.Read(pdf + ".html");
        var report = new StringBuilder();
        for (var p = 0; p < pages.Count; p++)
        {
            var words = pages[p];
            if (words.Count == 0) continue;
            var heights = words.Select(w => w.Height).Order().ToList();
            report.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"{name} page {p + 1}: {words.Count} words, text height min {heights[0]:0.0} median {heights[heights.Count / 2]:0.0} pt"));
        }
        File.WriteAllText(Path.Combine(outDir, "heights.txt"), report.ToString());
        TestContext.Out.Write(report.ToString());
        Assert.Multiple(() =>
        {
            for (var p = 0; p < pages.Count; p++)
            {
                var small = pages[p].Where(w => w.Height < PdfPages.EightPointHeight).Take(5).Select(w => $"{w.Text} ({w.Height:0.0})").ToList();
                Assert.That(small, Is.Empty, $"{name} page {p + 1}: text smaller than 8 pt");
                var overlapping = PdfPages.Overlapping(pages[p]).Select(o => $"{o.A.Text} / {o.B.Text}").ToList();
                Assert.That(overlapping, Is.Empty, $"{name} page {p + 1}: words printed over each other");
            }
        });
        // pdftotext puts spaces beside some Thai vowel marks (สำนั กงาน): compare without whitespace.
        var text = Squeeze(File.ReadAllText(pdf + ".txt"));
        Assert.That(text, Does.Not.Contain("????"));
        return (text, pages);
    }

    private static void RequireTools()
    {
        if (OnPath("soffice") && OnPath("pdftotext") && OnPath("pdftoppm")) return;
        const string why = "soffice, pdftotext or pdftoppm is not on PATH (apt-get install libreoffice-calc-nogui poppler-utils fonts-thai-tlwg)";
        if (Environment.GetEnvironmentVariable("DLICT_REQUIRE_EXTERNAL") == "1") Assert.Fail(why);
        Assert.Ignore(why);
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
        .Any(dir => File.Exists(Path.Combine(dir, tool)) || File.Exists(Path.Combine(dir, tool + ".exe")));

    private static void Run(string tool, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{tool} timed out");
        }
        Assert.That(process.ExitCode, Is.Zero, $"{tool} {arguments}: {stdout.Result} {stderr.Result}");
    }
}
