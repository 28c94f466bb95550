using System.Collections.Concurrent;
using Dapper;
using Dlict.Warehouse.Sqlite;

namespace Dlict.Tests.Proof;

/// <summary>Two ingests at once load a file once; readers (`dlict sql`, `dlict report`, a raw connection) never fail and never see half a file.</summary>
[Category("Proof")]
[NonParallelizable]
public class ConcurrencyTests
{
    private const int Rows = 60_000;

    [Test]
    [CancelAfter(120_000)]
    public void Two_ingests_started_together_load_the_file_exactly_once()
    {
        using var data = new ProofData(Rows);
        var single = data.NewDataDir("single");
        Assert.That(DlictProcess.Run(single, "ingest").Exit, Is.EqualTo(0));
        var expected = Facts(single);

        for (var trial = 0; trial < 3; trial++)
        {
            var dir = data.NewDataDir($"pair-{trial}");
            var runs = Enumerable.Range(0, 2).Select(_ => Task.Run(() => DlictProcess.Run(dir, "ingest"))).ToArray();
            Task.WaitAll(runs);
            var results = runs.Select(r => r.Result).ToList();
            var said = string.Join("\n---\n", results.Select(r => $"exit {r.Exit}: {r.Out} {r.Error}"));
            Assert.That(results.Count(r => r.Exit == 0 && r.Out.Contains("1 loaded", StringComparison.Ordinal)), Is.EqualTo(1), said);
            var other = results.Single(r => !(r.Exit == 0 && r.Out.Contains("1 loaded", StringComparison.Ordinal)));
            Assert.That(other.Exit == 1 && other.Error.Contains("Another ingest is running", StringComparison.Ordinal)
                        || other.Exit == 0 && other.Out.Contains("0 file(s)", StringComparison.Ordinal), said);
            Assert.That(Facts(dir), Is.EqualTo(expected), said);
        }
    }

    [Test]
    [CancelAfter(180_000)]
    public void Readers_during_a_big_load_never_fail_and_see_the_file_all_or_nothing()
    {
        using var data = new ProofData(Rows);
        var dir = data.NewDataDir("read", withEnrolment: false);
        var earlier = Path.Combine(dir, "inbox", "enrolment 2567-1.csv");
        EnrolmentFiles.WriteEnrolment(earlier, 1_800, seed: 2567);
        File.SetLastWriteTimeUtc(earlier, new DateTime(2024, 6, 1, 2, 0, 0, DateTimeKind.Utc));
        Assert.That(DlictProcess.Run(dir, "ingest").Exit, Is.EqualTo(0));
        var before = Count(dir);
        File.Copy(data.Enrolment, Path.Combine(dir, "inbox", Path.GetFileName(data.Enrolment)));

        var seen = new ConcurrentBag<string>();
        var failures = new ConcurrentBag<string>();
        using var ingest = DlictProcess.Start(dir, null, "ingest");
        _ = ingest.StandardOutput.ReadToEndAsync();
        _ = ingest.StandardError.ReadToEndAsync();
        var raw = Task.Run(() =>
        {
            while (!ingest.HasExited) seen.Add(Count(dir).ToString(System.Globalization.CultureInfo.InvariantCulture));
        });
        var cli = Task.Run(() =>
        {
            var n = 0;
            while (!ingest.HasExited)
            {
                var (exit, output, error) = n++ % 2 == 0
                    ? DlictProcess.Run(dir, "sql", "SELECT COUNT(*) AS n FROM fact_enrolment")
                    : DlictProcess.Run(dir, "report", "--cycle", "2567/1", "--out", Path.Combine(dir, "out", $"r{n}.xlsx"));
                if (exit != 0) failures.Add($"exit {exit}: {output} {error}");
                else if (output.StartsWith("n\n", StringComparison.Ordinal) || output.StartsWith("n\r\n", StringComparison.Ordinal)) seen.Add("sql " + output.Split('\n')[1].Trim());
                else seen.Add("report ok");
            }
        });
        Assert.That(ingest.WaitForExit(TimeSpan.FromMinutes(2)), Is.True);
        Task.WaitAll(raw, cli);
        var after = Count(dir);

        Assert.That(ingest.ExitCode, Is.EqualTo(0));
        Assert.That(failures, Is.Empty);
        var allowed = new[] { before, after }.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var counts = seen.Where(s => !s.StartsWith("report", StringComparison.Ordinal)).Select(s => s.Replace("sql ", "", StringComparison.Ordinal)).ToList();
        TestContext.Out.WriteLine($"before {before}, after {after}; {counts.Count} counts read, {seen.Count(s => s == "report ok")} reports; distinct: {string.Join(", ", counts.Distinct())}");
        Assert.That(counts, Has.All.AnyOf(allowed[0], allowed[1]));
        Assert.That(counts, Does.Contain(allowed[0]), "no read landed while the file was loading");
    }

    private static long Count(string dir)
    {
        using var connection = SqliteWarehouse.ForFile(ProofData.Db(dir)).OpenReadOnly();
        return connection.ExecuteScalar<long>("SELECT COUNT(*) FROM fact_enrolment");
    }

    private static string Facts(string dir)
    {
        using var connection = SqliteWarehouse.ForFile(ProofData.Db(dir)).OpenReadOnly();
        return connection.ExecuteScalar<string>(
            "SELECT (SELECT COUNT(*) FROM fact_enrolment) || '/' || (SELECT COUNT(*) FROM fact_submission) || '/' || (SELECT COUNT(*) FROM etl_reject) || '/' || (SELECT COUNT(*) FROM etl_file WHERE status = 'loaded')")!;
    }
}
