using System.Globalization;
using Dlict.Etl.Demo;
using Dlict.Etl.Doors;
using Dlict.Etl.Loading;

namespace Dlict.Tests.Proof;

/// <summary>
/// `ingest --dry-run` is a load that keeps nothing (issue 18 item 2): file by file, a check and then a real load of the
/// same file give the same outcome and the same (sheet, row, column, rule, value) reject rows, over the real files,
/// the bad-input corpus and the demo district.
/// </summary>
[Category("Proof")]
public class DryRunTests
{
    private static readonly string[] RealFiles =
        ["udonthani-schools.csv", "obec-school-master-phrae2.csv", "smis-school-codes-phrae2.csv", "dmc-enrolment-chiangrai3-2568.csv"];

    [Test]
    [CancelAfter(300_000)]
    public void A_check_and_a_load_agree_on_the_real_files_and_the_corpus()
    {
        using var w = new TestWarehouse();
        w.LoadRegistry(Corpus.Registry);
        var real = RealFiles.Select(f => Path.Combine(Path.GetDirectoryName(RealData.File(RealFiles[0]))!, f)).Where(File.Exists);
        var corpus = Directory.GetFiles(Corpus.Folder).Where(f => !f.EndsWith(".tsv", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        var files = real.Concat(corpus).ToList();

        var outcomes = files.Select(f => CheckThenLoad(w, f)).ToList();

        Assert.That(files, Has.Count.GreaterThan(40));
        Assert.That(outcomes.Select(o => o.Status).Distinct(), Is.SupersetOf(new[] { FileStatus.Loaded, FileStatus.Rejected }));
        Assert.That(outcomes.Sum(o => o.RowsRejected), Is.GreaterThan(0));
    }

    [Test]
    [CancelAfter(300_000)]
    public void A_check_and_a_load_agree_on_the_demo_district()
    {
        using var w = new TestWarehouse();
        using var demo = new TempDir();
        DemoDistrict.Generate(new DemoOptions(Schools: 24, Years: 1), demo.Path);
        var files = InboxScan.Of([demo.Path]).Files;

        var outcomes = files.Select(f => CheckThenLoad(w, f)).ToList();

        Assert.That(files, Has.Count.GreaterThan(10));
        Assert.That(outcomes.Count(o => o.Status == FileStatus.Loaded), Is.GreaterThan(files.Count / 2));
        Assert.That(outcomes.Sum(o => o.RowsRejected), Is.GreaterThan(0));
    }

    /// <summary>Checks the file, then loads it, and holds the two to the same outcome and reject rows; returns the load's outcome.</summary>
    private static FileOutcome CheckThenLoad(TestWarehouse w, string path)
    {
        var options = new IngestOptions(w.DataDir) { Paths = [path], Clock = w.Clock, HashKey = w.HashKey };
        var check = new Ingestor(w.Warehouse, options).Check().Single();
        var report = new Ingestor(w.Warehouse, options).Run();
        var loaded = report.Files.Single();
        var name = Path.GetFileName(path);

        Assert.That(Figures(check.Outcome), Is.EqualTo(Figures(loaded)), name);
        var written = w.Query<(string? Sheet, long? Row, string? Column, string Rule, string? Value)>(
            "SELECT sheet, row_number, column_name, rule, value FROM etl_reject WHERE run_id = @run", new { run = report.RunId });
        Assert.That(check.Rejects.Select(r => Line(r.Sheet, r.RowNumber, r.Column, r.Rule.Code, r.Value)).Order(StringComparer.Ordinal),
            Is.EqualTo(written.Select(r => Line(r.Sheet, r.Row, r.Column, r.Rule, r.Value)).Order(StringComparer.Ordinal)), name);
        return loaded;
    }

    private static (string, FileStatus, string?, string?, long, long, string?) Figures(FileOutcome o) =>
        (o.Name, o.Status, o.Kind, o.Cycle, o.RowsLoaded, o.RowsRejected, o.Message);

    private static string Line(string? sheet, long? row, string? column, string rule, string? value) =>
        string.Join("\u241F", sheet, row?.ToString(CultureInfo.InvariantCulture), column, rule, value);
}
