using OfficeOpenXml;

namespace Dlict.Tests.Cli;

/// <summary>The README's first command, `dlict demo`, end to end, then the `sql` it suggests in each output format.</summary>
public class DemoEndToEndTests
{
    [Test]
    [CancelAfter(180_000)]
    public void Demo_builds_a_district_and_the_suggested_sql_prints_as_table_and_xlsx()
    {
        using var dir = new TempDir();

        var demo = CliRun.Invoke("demo", "--data-dir", dir.Path, "--schools", "30", "--years", "1");

        Assert.That(demo.Exit, Is.Zero, demo.Out + demo.Error);
        Assert.That(demo.Out, Does.Contain("สรุป / summary").And.Contain("โรงเรียนที่เปิดสอน / open schools"));
        var outDir = Path.Combine(dir.Path, "out");
        Assert.That(Directory.GetFiles(outDir, "dlict-report-*.xlsx"), Has.Length.EqualTo(1));
        Assert.That(Directory.GetFiles(outDir, "completeness-*.xlsx"), Has.Length.EqualTo(1));

        const string query = "SELECT district, SUM(total) AS students FROM v_enrolment WHERE cycle='2567/1' GROUP BY district ORDER BY district";
        var csv = CliRun.Invoke("sql", "--data-dir", dir.Path, query);
        var table = CliRun.Invoke("sql", "--data-dir", dir.Path, query, "--format", "table");
        var xlsxPath = Path.Combine(dir.Path, "districts.xlsx");
        var xlsx = CliRun.Invoke("sql", "--data-dir", dir.Path, query, "--format", "xlsx", "--out", xlsxPath);

        Assert.That((csv.Exit, table.Exit, xlsx.Exit), Is.EqualTo((0, 0, 0)), csv.Error + table.Error + xlsx.Error);
        var rows = csv.Out.ReplaceLineEndings("\n").Trim().Split('\n').Skip(1).Select(l => l.Split(',')).ToList();
        Assert.That(rows, Is.Not.Empty);
        var tableLines = table.Out.ReplaceLineEndings("\n").Trim().Split('\n');
        Assert.That(tableLines[0], Does.StartWith("district").And.Contain("students"));
        foreach (var row in rows)
            Assert.That(tableLines.Any(l => l.StartsWith(row[0], StringComparison.Ordinal) && l.TrimEnd().EndsWith(row[1], StringComparison.Ordinal)), row[0]);
        using var package = new ExcelPackage(new FileInfo(xlsxPath));
        var sheet = package.Workbook.Worksheets[0];
        var header = Enumerable.Range(1, 5).First(r => sheet.Cells[r, 1].Text == "district"); // below the statement and its time
        Assert.That(sheet.Cells[header, 2].Text, Is.EqualTo("students"));
        Assert.That(Enumerable.Range(header + 1, rows.Count).Select(r => (sheet.Cells[r, 1].Text, Convert.ToInt64(sheet.Cells[r, 2].Value, System.Globalization.CultureInfo.InvariantCulture))),
            Is.EqualTo(rows.Select(r => (r[0], long.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture)))));
    }
}
