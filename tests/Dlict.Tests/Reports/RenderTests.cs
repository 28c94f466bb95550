using System.Diagnostics;

namespace Dlict.Tests.Reports;

/// <summary>Opens the workbook in LibreOffice (headless), prints it to PDF, and checks the Thai text and pages.</summary>
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
        if (!OnPath("soffice") || !OnPath("pdftotext") || !OnPath("pdftoppm"))
        {
            const string why = "soffice, pdftotext or pdftoppm is not on PATH (apt-get install libreoffice-calc-nogui poppler-utils fonts-thai-tlwg)";
            if (Environment.GetEnvironmentVariable("DLICT_REQUIRE_EXTERNAL") == "1") Assert.Fail(why);
            Assert.Ignore(why);
        }
        _ = KnownWorkbook.WithOperationsViews;
        var outDir = Path.Combine(TestContext.CurrentContext.WorkDirectory, "render-artifacts", "workbook");
        if (Directory.Exists(outDir)) Directory.Delete(outDir, recursive: true);
        Directory.CreateDirectory(outDir);
        var xlsx = Path.Combine(outDir, "management.xlsx");
        File.Copy(KnownWorkbook.FullPath, xlsx);

        Run("soffice", $"-env:UserInstallation=file:///tmp/lo-{Guid.NewGuid():N} --headless --convert-to pdf --outdir \"{outDir}\" \"{xlsx}\"");
        var pdf = Path.Combine(outDir, "management.pdf");
        Assert.That(File.Exists(pdf), Is.True, "LibreOffice made no PDF");
        Run("pdftotext", $"-layout \"{pdf}\" \"{pdf}.txt\"");
        // pdftotext puts spaces beside some Thai vowel marks (สำนั กงาน): compare without whitespace.
        var text = Squeeze(File.ReadAllText(pdf + ".txt"));
        foreach (var label in ThaiLabels) Assert.That(text, Does.Contain(Squeeze(label)));
        Assert.That(text, Does.Not.Contain("????"));
        Run("pdftoppm", $"-png -r 50 \"{pdf}\" \"{Path.Combine(outDir, "page")}\"");
        var pages = Directory.GetFiles(outDir, "page*.png").Order(StringComparer.Ordinal).ToList();
        Assert.That(pages, Has.Count.GreaterThanOrEqualTo(8));
        foreach (var page in pages) TestContext.AddTestAttachment(page);
        TestContext.Out.WriteLine($"{pages.Count} pages rendered to {outDir}");
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
