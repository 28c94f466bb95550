using Dapper;
using Dlict.Warehouse.Sqlite;

namespace Dlict.Tests.Proof;

/// <summary>
/// SIGKILL `dlict ingest` and `dlict migrate` at seeded random points and rerun: the views must end exactly as after
/// one clean run, and right after each kill they must show either the state before the file or the state after it.
/// </summary>
[Category("Proof")]
[NonParallelizable]
public class CrashTests
{
    /// <summary>Rows of the enrolment file: modest for CI (2 cores); DLICT_PROOF_ROWS=300000 for a heavier local proof.</summary>
    private static readonly int Rows = int.TryParse(Environment.GetEnvironmentVariable("DLICT_PROOF_ROWS"), out var rows) ? rows : 60_000;
    private const int Trials = 20;

    [Test]
    [CancelAfter(240_000)]
    public void Ingest_killed_at_random_points_then_rerun_equals_one_clean_run()
    {
        using var data = new ProofData(Rows);
        var before = ViewDigest.Of(ProofData.Db(data.Template));
        var countsBefore = Counts(ProofData.Db(data.Template));
        var clean = data.NewDataDir("clean");
        var cleanTime = ProofData.Time(() => Assert.That(DlictProcess.Run(clean, "ingest").Exit, Is.EqualTo(0)));
        var after = ViewDigest.Of(ProofData.Db(clean));
        var countsAfter = Counts(ProofData.Db(clean));
        Assert.That(after, Is.Not.EqualTo(before));
        TestContext.Out.WriteLine($"clean ingest of {Rows:N0} rows: {cleanTime.TotalSeconds:0.0} s");

        var random = new Random(20251126);
        var states = new List<string>();
        for (var trial = 0; trial < Trials; trial++)
        {
            var dir = data.NewDataDir($"trial-{trial}");
            // Stratified: trial i dies somewhere in the i-th twentieth of 110% of a clean run (startup and migrate included).
            var at = TimeSpan.FromSeconds(cleanTime.TotalSeconds * 1.1 * (trial + random.NextDouble()) / Trials);
            var killed = DlictProcess.KillAfter(dir, at, "ingest");

            var mid = Counts(ProofData.Db(dir));
            var state = mid == countsBefore ? "before" : mid == countsAfter ? "after" : "HALF " + mid;
            states.Add($"{at.TotalSeconds:0.00}s {(killed ? "killed" : "finished")} {state}");
            Assert.That(state, Does.Not.StartWith("HALF"), $"trial {trial}: killed at {at.TotalSeconds:0.00} s the views show a half-loaded file");

            var (exit, output, error) = DlictProcess.Run(dir, "ingest");
            Assert.That(exit, Is.EqualTo(0), $"trial {trial}: rerun failed: {output} {error}");
            Assert.That(ViewDigest.Of(ProofData.Db(dir)), Is.EqualTo(after), $"trial {trial}: killed at {at.TotalSeconds:0.00} s");
            Assert.That(Directory.EnumerateFiles(Path.Combine(dir, "inbox")), Is.Empty);
            Assert.That(Directory.EnumerateFiles(Path.Combine(dir, "archive")).Count(), Is.EqualTo(2));
            Directory.Delete(dir, recursive: true);
        }
        TestContext.Out.WriteLine(string.Join("\n", states));
        Assert.That(states.Count(s => s.Contains("killed before", StringComparison.Ordinal)), Is.GreaterThan(0), "no kill landed before the commit");
    }

    [Test]
    [CancelAfter(180_000)]
    public void Migrate_killed_at_random_points_then_rerun_equals_one_clean_migrate()
    {
        using var dir = new TempDir();
        var clean = Path.Combine(dir.Path, "clean");
        var cleanTime = ProofData.Time(() => Assert.That(DlictProcess.Run(clean, "migrate").Exit, Is.EqualTo(0)));
        var expected = Schema(ProofData.Db(clean));

        var random = new Random(2568);
        var states = new List<string>();
        for (var trial = 0; trial < 10; trial++)
        {
            var root = Path.Combine(dir.Path, $"trial-{trial}");
            var at = TimeSpan.FromSeconds(cleanTime.TotalSeconds * 1.1 * (trial + random.NextDouble()) / 10);
            var killed = DlictProcess.KillAfter(root, at, "migrate");
            var db = ProofData.Db(root);
            var mid = !File.Exists(db) ? "no db" : SchemaOrNull(db) is { } found && found.SequenceEqual(expected) ? "complete" : "partial";
            states.Add($"{at.TotalSeconds:0.00}s {(killed ? "killed" : "finished")} {mid}");
            var (exit, output, error) = DlictProcess.Run(root, "migrate");
            Assert.That(exit, Is.EqualTo(0), $"trial {trial} (killed at {at.TotalSeconds:0.00} s): {output} {error}");
            Assert.That(Schema(ProofData.Db(root)), Is.EqualTo(expected), $"trial {trial}: killed at {at.TotalSeconds:0.00} s");
        }
        TestContext.Out.WriteLine(string.Join("\n", states));
        Assert.That(states.Count(s => s.Contains("killed", StringComparison.Ordinal)), Is.GreaterThan(0), "no trial was killed: the test proved nothing");
        Assert.That(states.Count(s => s.EndsWith("killed partial", StringComparison.Ordinal)), Is.GreaterThan(0), "no kill landed in the middle of the migrations");
    }

    /// <summary>The facts and lineage a file writes, counted cheaply (the full view digest is taken after the rerun).</summary>
    private static string Counts(string db)
    {
        if (!File.Exists(db)) return "no db";
        using var connection = SqliteWarehouse.ForFile(db).OpenReadOnly();
        return connection.ExecuteScalar<string>(
            "SELECT (SELECT COUNT(*) FROM fact_enrolment) || '/' || (SELECT COUNT(*) FROM fact_submission) || '/' || (SELECT COUNT(*) FROM etl_reject) || '/' || (SELECT COUNT(*) FROM etl_file)")!;
    }

    private static List<string>? SchemaOrNull(string db)
    {
        try
        {
            return Schema(db);
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return null; // killed before schema_versions or dim_date existed
        }
    }

    /// <summary>Every schema object's SQL, the applied scripts and the date dimension's size.</summary>
    private static List<string> Schema(string db)
    {
        using var connection = SqliteWarehouse.ForFile(db).OpenReadOnly();
        var objects = connection.Query<string>("SELECT type || ' ' || name || ' ' || COALESCE(sql, '') FROM sqlite_master ORDER BY type, name");
        var scripts = connection.Query<string>("SELECT ScriptName FROM schema_versions ORDER BY ScriptName");
        var dates = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM dim_date");
        return [.. objects, .. scripts, $"dim_date {dates}"];
    }
}
