using Dlict.Tests.Cli;
using OfficeOpenXml;

namespace Dlict.Tests.Proof;

/// <summary>Formula-looking school names load as text and reach the completeness workbook as text, never as formulas.</summary>
[Category("Proof")]
public class InjectionTests
{
    private static readonly string[] Names = ["=cmd|'/c calc'!A1", "@SUM(1+1)*cmd|' /C calc'!A0", "+1", "-1"];

    [Test]
    public void Formula_names_are_stored_and_written_as_text()
    {
        using var w = new TestWarehouse();
        w.Drop("registry injection.csv", File.ReadAllBytes(Path.Combine(Corpus.Folder, "registry injection.csv")), new DateTime(2024, 5, 1, 8, 0, 0));
        w.Drop("e 2568-1.csv", "school_code,grade,male,female\n1041010008,ป.1,1,1\n");
        w.Ingest();
        Assert.That(w.Query<string>("SELECT school_name FROM v_school ORDER BY school_code").Take(4), Is.EqualTo(Names));

        var book = Path.Combine(w.DataDir.Out, "check.xlsx");
        var (exit, output, error) = CliRun.Invoke("check", "--cycle", "2568/1", "--out", book, "--data-dir", w.DataDir.Root);
        Assert.That(exit, Is.EqualTo(0), output + error);

        ExcelPackage.License.SetNonCommercialOrganization("DLICT Analytics tests");
        using var package = new ExcelPackage(new FileInfo(book));
        var cells = package.Workbook.Worksheets.SelectMany(s => s.Cells).ToList();
        Assert.That(cells.Where(c => !string.IsNullOrEmpty(c.Formula)).Select(c => c.Formula), Has.None.Contain("cmd").And.None.Contain("SUM(1+1)"));
        foreach (var name in Names)
        {
            var found = cells.Where(c => c.Value as string == name).ToList();
            Assert.That(found, Is.Not.Empty, $"{name} is listed as a missing school");
            Assert.That(found.All(c => c.Style.QuotePrefix), $"{name} is written with a quote prefix, so Excel keeps it text");
        }
    }
}
