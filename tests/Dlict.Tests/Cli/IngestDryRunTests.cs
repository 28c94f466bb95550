using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Dlict.Tests.Proof;

namespace Dlict.Tests.Cli;

/// <summary>`dlict ingest --dry-run`: the lines and reject rows of a load, and not one byte written (issue 18 item 2).</summary>
public class IngestDryRunTests
{
    private const string Csv = "school_code,grade,male,female,total,classrooms\n1041010001,ป.1,10,11,21,1\n1041010002,ป.1,5,5,11,1\n";

    [Test]
    public void A_dry_run_prints_the_lines_and_rejects_of_a_load_and_leaves_the_warehouse_file_and_folders_as_they_were()
    {
        using var w = new TestWarehouse();
        w.LoadRegistry(Corpus.Registry);
        w.Drop("e 2568-1.csv", Csv);
        w.Drop("notes 2568-1.pdf", [1, 2, 3]);
        var before = Snapshot(w);

        var dry = CliRun.Invoke("ingest", "--data-dir", w.DataDir.Root, "--dry-run");

        Assert.That(dry.Exit, Is.EqualTo(1), dry.Out + dry.Error);
        Assert.That(Snapshot(w), Is.EqualTo(before), "warehouse.db bytes, etl tables and every file under the data folder unchanged");
        Assert.That(dry.Out, Does.Contain("row 3  total  ENR-003  '11'  รวม ≠ ชาย + หญิง (5 + 5 = 10) / total ≠ male + female (5 + 5 = 10)"));
        Assert.That(dry.Out, Does.Contain("dry run: 2 file(s) — 1 would load, 0 skipped, 1 rejected; rows 1 would load, 1 rejected"));
        Assert.That(dry.Out, Does.Contain("nothing was written and no file was moved"));

        var real = CliRun.Invoke("ingest", "--data-dir", w.DataDir.Root);

        Assert.That(real.Exit, Is.EqualTo(1), real.Out + real.Error);
        Assert.That(FileLines(dry.Out), Is.EqualTo(FileLines(real.Out)).And.Count.EqualTo(2));
        Assert.That(w.Query<(int, string, string)>("SELECT row_number, column_name, rule FROM etl_reject"), Is.EqualTo(new[] { (3, "total", "ENR-003") }));
    }

    [Test]
    public void A_dry_run_of_a_file_loaded_before_says_skipped()
    {
        using var w = new TestWarehouse();
        w.LoadRegistry(Corpus.Registry);

        var dry = CliRun.Invoke("ingest", "--data-dir", w.DataDir.Root, "--dry-run", Path.Combine(w.DataDir.Archive, "registry.csv"));

        Assert.That(dry.Exit, Is.Zero, dry.Out + dry.Error);
        Assert.That(dry.Out, Does.Contain("skipped  registry.csv").And.Contain("already loaded"));
        Assert.That(File.Exists(Path.Combine(w.DataDir.Archive, "registry.csv")));
    }

    [Test]
    public void A_dry_run_without_a_warehouse_creates_none()
    {
        using var dir = new TempDir();
        var file = Path.Combine(dir.Path, "e 2568-1.csv");
        File.WriteAllText(file, Csv);
        var data = Path.Combine(dir.Path, "data");

        var dry = CliRun.Invoke("ingest", "--data-dir", data, "--dry-run", file);

        Assert.That(dry.Exit, Is.EqualTo(3), dry.Out + dry.Error);
        Assert.That(dry.Error, Does.Contain("dlict migrate"));
        Assert.That(File.Exists(Path.Combine(data, "warehouse.db")), Is.False);
    }

    /// <summary>The per-file lines, without their timings.</summary>
    private static List<string> FileLines(string output) =>
        output.Split('\n').Where(l => Regex.IsMatch(l, "^(loaded|rejected|skipped|left) ")).Select(l => Regex.Replace(l, " in [0-9.]+ s.*$", "")).ToList();

    private static List<string> Snapshot(TestWarehouse w)
    {
        // SQLite's -wal and -shm files come and go with connections (empty once checkpointed); warehouse.db holds the data.
        var files = Directory.EnumerateFiles(w.DataDir.Root, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith("-shm", StringComparison.Ordinal) && !f.EndsWith("-wal", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => $"{Path.GetRelativePath(w.DataDir.Root, f)} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))}");
        var counts = new[] { "etl_run", "etl_file", "etl_reject", "fact_enrolment", "etl_hash_key" }.Select(t => $"{t} {w.Scalar<long>($"SELECT COUNT(*) FROM {t}")}");
        return [.. files, .. counts];
    }
}
