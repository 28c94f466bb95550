using System.Diagnostics;
using System.Globalization;

namespace Dlict.Tests.Proof;

/// <summary>
/// scripts/bench/make-quality.py (the national bench of the quality views): years that follow each other with a few
/// planted mistakes. Loaded into a warehouse, v_enrolment_anomalies shows exactly the flags the script lists, and only
/// on schools with a mistake (needs python3).
/// </summary>
[Category("Proof")]
public class QualityBenchTests
{
    [Test]
    [CancelAfter(120_000)]
    public void The_quality_bench_raises_exactly_the_flags_of_its_planted_mistakes()
    {
        if (!OnPath("python3")) External.Missing("needs python3 on PATH");
        using var input = new TempDir();
        var script = Path.Combine(Corpus.Folder, "..", "..", "scripts", "bench", "make-quality.py");
        var info = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { script, "2000", input.Path }) info.ArgumentList.Add(argument);
        using (var process = Process.Start(info)!)
        {
            var error = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.That(process.ExitCode, Is.EqualTo(0), error.Result);
        }

        using var w = new TestWarehouse();
        Drop(w, input.File("registry.csv"));
        Assert.That(w.Ingest().Totals.Loaded, Is.EqualTo(1));
        foreach (var year in new[] { 2566, 2567, 2568 }) Drop(w, input.File($"enrolment_{year}-1.csv"));
        Assert.That(w.Ingest().Totals.Loaded, Is.EqualTo(3));

        var expected = File.ReadAllLines(input.File("expected-flags.csv")).Skip(1).Order(StringComparer.Ordinal).ToList();
        var flags = w.Query<string>("""SELECT cycle || ',' || school_code || ',' || grade || ',' || "check" FROM v_enrolment_anomalies""")
            .Order(StringComparer.Ordinal).ToList();
        Assert.That(flags, Is.EqualTo(expected));

        var planted = File.ReadAllLines(input.File("planted.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        var checks = flags.Select(f => f.Split(',')[3]).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.That(planted, Has.Count.InRange(20, 60), "about one school in a hundred makes a mistake in 2567/1 or 2568/1");
        Assert.That(flags, Has.Count.InRange(planted.Count, 3 * planted.Count), "a mistake raises a flag or two, not dozens");
        Assert.That(checks, Is.SupersetOf(new[] { "cohort", "grade_vanished", "jump", "new_grade", "sex_ratio" }));
        var mistaken = planted.Select(p => (Year: int.Parse(p[0][..4], CultureInfo.InvariantCulture), School: p[1])).ToHashSet();
        Assert.That(flags.Select(f => f.Split(',')).Where(f => !mistaken.Contains((int.Parse(f[0][..4], CultureInfo.InvariantCulture), f[1]))
                && !mistaken.Contains((int.Parse(f[0][..4], CultureInfo.InvariantCulture) - 1, f[1]))), Is.Empty,
            "a flag falls on a school that made a mistake that year or the year before");
        var notSent = planted.Where(p => p[3] == "not_sent").Select(p => p[1]).ToHashSet();
        Assert.That(notSent, Is.Not.Empty);
        Assert.That(flags.Select(f => f.Split(',')).Where(f => f[0] == "2568/1" && notSent.Contains(f[1]) && f[3] is not ("sex_ratio" or "crowded_room")),
            Is.Empty, "a school that did not send 2567/1 is not compared with it in 2568/1");
    }

    private static void Drop(TestWarehouse w, string file)
    {
        var target = Path.Combine(w.DataDir.Inbox, Path.GetFileName(file));
        File.Copy(file, target);
        File.SetLastWriteTimeUtc(target, File.GetLastWriteTimeUtc(file));
    }

    private static bool OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(d => File.Exists(Path.Combine(d, name)));
}
