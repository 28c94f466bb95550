using System.Diagnostics;

namespace Dlict.Tests.Proof;

/// <summary>scripts/bench/run.sh at SCALE=tiny, two rounds, runs end to end and prints its table (not timed; needs bash, python3 and dotnet).</summary>
[Category("Proof")]
public class BenchScriptTests
{
    [Test]
    [CancelAfter(420_000)]
    public void The_benchmark_script_runs_at_tiny_scale()
    {
        if (OperatingSystem.IsWindows()) Assert.Ignore("needs bash: not on Windows");
        if (!File.Exists("/bin/bash") || !OnPath("python3")) External.Missing("needs bash and python3 on PATH");
        var script = Path.Combine(Corpus.Folder, "..", "..", "scripts", "bench", "run.sh");
        var info = new ProcessStartInfo("/bin/bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(script);
        info.Environment["SCALE"] = "tiny";
        info.Environment["ROUNDS"] = "2";
        info.Environment["DLICT_DLL"] = DlictProcess.Dll;
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.That(process.WaitForExit(TimeSpan.FromMinutes(7)), Is.True);

        Assert.That(process.ExitCode, Is.EqualTo(0), output.Result + error.Result);
        Assert.That(output.Result, Does.Contain("| **dlict ingest roster, by school** |").And.Contain("| **dlict ingest roster, by grade** |")
            .And.Contain("| **dlict ingest roster, shuffled** |").And.Contain("| sqlite3 .import roster, shuffled |")
            .And.Contain("| **dlict ingest roster resubmitted** |").And.Contain("| python3 csv+sqlite3 loader |").And.Contain("| dlict sql Q3 |"));
        Assert.That(output.Result, Does.Contain("median of 2 rounds").And.Contain("roster by school: dlict").And.Contain("roster by grade: dlict")
            .And.Contain("roster shuffled: dlict").And.Contain("the Python loader").And.Contain("resubmission: "));
        Assert.That(error.Result.Split('\n').Count(l => l.Contains("rows=1,990 rejected=10", StringComparison.Ordinal)), Is.EqualTo(8),
            "each round loads the roster in three orders, each into a warehouse of its own, and the resubmission: " +
            "the ten bad citizen IDs rejected, the rest loaded, every time");
    }

    private static bool OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(d => File.Exists(Path.Combine(d, name)));
}
