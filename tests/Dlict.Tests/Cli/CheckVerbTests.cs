using Dlict.Tests.Reports.Completeness;

namespace Dlict.Tests.Cli;

/// <summary>`dlict check` as a user runs it: exit codes, deadline from dlict.json, files written.</summary>
public class CheckVerbTests
{
    [Test]
    public void Fail_on_missing_exits_1_and_the_plain_check_exits_0()
    {
        using var w = CompletenessScenario.Build();
        var plain = CliRun.Invoke("check", "--data-dir", w.DataDir.Root, "--cycle", "2568/1");
        Assert.That(plain.Exit, Is.Zero, plain.Error);
        Assert.That(plain.Out, Does.Contain("missing: 1").And.Contain(CompletenessScenario.C).And.Contain("ALL"));
        Assert.That(File.Exists(Path.Combine(w.DataDir.Out, "completeness-2568-1.xlsx")));

        var failing = CliRun.Invoke("check", "--data-dir", w.DataDir.Root, "--cycle", "2568/1", "--fail-on-missing", "--by-school");
        Assert.That(failing.Exit, Is.EqualTo(1), failing.Error);
        Assert.That(Directory.GetFiles(Path.Combine(w.DataDir.Out, "completeness-2568-1")).Select(Path.GetFileName),
            Is.EquivalentTo(new[] { "1041010001.xlsx", "1041010002.xlsx", "1041010003.xlsx", "1041010005.xlsx" }));
    }

    [Test]
    public void A_deadline_moved_in_dlict_json_is_applied_before_counting_and_as_of_is_parsed_in_BE()
    {
        using var w = CompletenessScenario.Build();
        File.WriteAllText(w.DataDir.ConfigFile, """{ "deadlines": { "2568/1": "2025-06-11" } }""");
        var moved = CliRun.Invoke("check", "--data-dir", w.DataDir.Root, "--cycle", "2568/1");
        Assert.That(moved.Exit, Is.Zero, moved.Error);
        Assert.That(w.Scalar<string>("SELECT status FROM v_submission_status WHERE school_code = @s", new { s = CompletenessScenario.B }), Is.EqualTo("on_time"));

        var asOf = CliRun.Invoke("check", "--data-dir", w.DataDir.Root, "--cycle", "2568/1", "--as-of", "4/6/2568", "--out", Path.Combine(w.DataDir.Root, "x.xlsx"));
        Assert.That(asOf.Out, Does.Contain("missing: 4"));
        Assert.That(CliRun.Invoke("check", "--data-dir", w.DataDir.Root).Exit, Is.EqualTo(2));
    }
}
