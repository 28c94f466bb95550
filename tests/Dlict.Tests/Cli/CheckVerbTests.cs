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

    [Test]
    public void Check_on_a_warehouse_without_a_registry_says_so_and_exits_1_without_a_workbook()
    {
        using var w = new TestWarehouse();

        var run = CliRun.Invoke("check", "--data-dir", w.DataDir.Root, "--cycle", "2568/1");

        Assert.That(run.Exit, Is.EqualTo(1), run.Out + run.Error);
        Assert.That(run.Error, Does.Contain("no school registry is loaded").And.Contain("ยังไม่ได้นำเข้าทะเบียนโรงเรียน"));
        Assert.That(File.Exists(Path.Combine(w.DataDir.Out, "completeness-2568-1.xlsx")), Is.False);
    }

    [Test]
    public void The_console_names_every_column_says_what_is_wrong_and_lists_codes_not_in_the_registry()
    {
        using var w = new TestWarehouse();
        w.LoadRegistry(("1041010001", "บ้านหนองบัว", "เพ็ญ"), ("1041010002", "บ้านโคก", "เพ็ญ"));
        w.Drop("dmc 2568-1.csv", "school_code,grade,male,female\n1041010001,ป.1,10,11\n1041010002,ป.1,5,5\n1041010002,ป.9,5,5\n" +
                                 "1041019999,ป.1,3,3\n1041019999,ป.2,3,3\n");
        w.Ingest();

        var run = CliRun.Invoke("check", "--data-dir", w.DataDir.Root, "--cycle", "2568/1");

        Assert.That(run.Exit, Is.Zero, run.Error);
        var lines = run.Out.Split('\n').Select(l => l.TrimEnd()).ToList();
        var rejected = lines.FindIndex(l => l.StartsWith("ข้อมูลไม่ผ่านการตรวจ", StringComparison.Ordinal));
        Assert.That(lines[rejected + 1], Does.StartWith("รหัส/code").And.Contain("โรงเรียน/school").And.Contain("แถว/rows  ปัญหา/problems (first)"));
        Assert.That(lines[rejected + 3], Does.StartWith("1041010002").And.EndWith("1  ENR-004 ชั้นเรียนไม่ถูกต้อง (อ.1–อ.3, ป.1–ป.6, ม.1–ม.6, ปวช.1–ปวช.3) ×1"));
        Assert.That(run.Out, Does.Contain("school codes not in the registry: 1 code(s), 2 row(s)"));
        var unknown = lines.FindIndex(l => l.Contains("school codes not in the registry", StringComparison.Ordinal));
        Assert.That(lines[unknown + 1].Split("  ", StringSplitOptions.RemoveEmptyEntries).Select(c => c.Trim()), Is.EqualTo(new[] { "รหัส/code", "แถว/rows", "ไฟล์/file" }));
        Assert.That(lines[unknown + 3].Split("  ", StringSplitOptions.RemoveEmptyEntries).Select(c => c.Trim()), Is.EqualTo(new[] { "1041019999", "2", "dmc 2568-1.csv" }));
    }
}
