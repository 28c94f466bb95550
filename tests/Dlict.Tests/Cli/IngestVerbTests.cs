namespace Dlict.Tests.Cli;

/// <summary>`dlict ingest` options as a user types them: --submitted-at, --reload, --cycle against the file.</summary>
public class IngestVerbTests
{
    private const string School = "1041010001", Other = "1041010002";

    private static TestWarehouse WithRegistry()
    {
        var w = new TestWarehouse();
        w.LoadRegistry((School, "บ้านหนองบัว", "เพ็ญ"), (Other, "บ้านโคก", "เพ็ญ"));
        return w;
    }

    /// <summary>A file outside the inbox (its mtime is now, long after the 2567/1 deadline of 10 Jun 2024).</summary>
    private static string Outside(TestWarehouse w, string name, string content)
    {
        var path = Path.Combine(w.DataDir.Root, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static List<(string School, string At, string Status)> Statuses(TestWarehouse w, string cycle) =>
        w.Query<(string, string, string)>("SELECT school_code, submitted_at, status FROM v_submission_status WHERE cycle = @cycle AND status <> 'missing' ORDER BY school_code", new { cycle });

    [Test]
    public void Submitted_at_gives_backfilled_data_the_time_it_was_really_sent_over_file_time_and_column()
    {
        using var w = WithRegistry();
        var file = Outside(w, "dmc 2567-1.csv", "school_code,grade,male,female,submitted_at\n" +
                                                $"{School},ป.1,10,11,2024-07-01 08:00\n{Other},ป.1,5,5,\n");

        var run = CliRun.Invoke("ingest", "--data-dir", w.DataDir.Root, "--submitted-at", "5/6/2567 09:30", file);

        Assert.That(run.Exit, Is.Zero, run.Out + run.Error);
        Assert.That(Statuses(w, "2567/1"), Is.EqualTo(new[]
        {
            (School, "2024-06-05 09:30:00", "on_time"), (Other, "2024-06-05 09:30:00", "on_time"),
        }));
    }

    [Test]
    public void Without_submitted_at_the_same_backfill_is_late_and_a_bad_value_is_a_usage_error()
    {
        using var w = WithRegistry();
        var file = Outside(w, "dmc 2567-1.csv", $"school_code,grade,male,female\n{School},ป.1,10,11\n");

        var bad = CliRun.Invoke("ingest", "--data-dir", w.DataDir.Root, "--submitted-at", "31/2/2567", file);
        Assert.That(bad.Exit, Is.EqualTo(2));
        Assert.That(bad.Error, Does.Contain("--submitted-at").And.Contain("31/2/2567"));

        var plain = CliRun.Invoke("ingest", "--data-dir", w.DataDir.Root, file);
        Assert.That(plain.Exit, Is.Zero, plain.Out + plain.Error);
        Assert.That(Statuses(w, "2567/1").Single().Status, Is.EqualTo("late"));
    }

    [Test]
    public void Enrolment_before_the_registry_is_rejected_saying_so_and_loads_once_the_registry_is_there()
    {
        using var w = new TestWarehouse();
        w.Drop("dmc 2568-1.csv", $"school_code,grade,male,female\n{School},ป.1,10,11\n{Other},ป.1,5,5\n");

        var first = CliRun.Invoke("ingest", "--data-dir", w.DataDir.Root);

        Assert.That(first.Exit, Is.EqualTo(1), first.Out + first.Error);
        Assert.That(first.Out, Does.Contain("ยังไม่ได้นำเข้าทะเบียนโรงเรียน").And.Contain("no school registry is loaded"));
        var rejected = Path.Combine(w.DataDir.Rejected, "dmc 2568-1.csv");
        Assert.That(File.Exists(rejected), Is.True);

        w.LoadRegistry((School, "บ้านหนองบัว", "เพ็ญ"), (Other, "บ้านโคก", "เพ็ญ"));
        var second = CliRun.Invoke("ingest", "--data-dir", w.DataDir.Root, rejected);

        Assert.That(second.Exit, Is.Zero, second.Out + second.Error);
        Assert.That(w.Scalar<long>("SELECT SUM(total) FROM fact_enrolment"), Is.EqualTo(31));
    }

    [Test]
    public void Every_row_for_schools_missing_from_a_loaded_registry_is_a_rejected_file_too()
    {
        using var w = WithRegistry();
        w.Drop("dmc 2568-1.csv", "school_code,grade,male,female\n1041019999,ป.1,10,11\n");

        var run = CliRun.Invoke("ingest", "--data-dir", w.DataDir.Root);

        Assert.That(run.Exit, Is.EqualTo(1), run.Out + run.Error);
        Assert.That(run.Out, Does.Contain("none of the schools in dmc 2568-1.csv is in the registry (2 schools)"));
    }

    [Test]
    public void Reload_loads_a_file_again_and_makes_it_the_schools_newest_version()
    {
        using var w = new TestWarehouse();
        w.LoadRegistry((School, "บ้านหนองบัว", "เพ็ญ"));
        var older = Outside(w, "dmc 2568-1.csv", $"school_code,grade,male,female,submitted_at\n{School},ป.1,10,11,2025-06-01 09:00\n{Other},ป.1,5,5,2025-06-01 09:00\n");
        var newer = Outside(w, "dmc 2568-1 แก้.csv", $"school_code,grade,male,female,submitted_at\n{School},ป.1,20,21,2025-06-05 09:00\n");
        Assert.That(CliRun.Invoke("ingest", "--data-dir", w.DataDir.Root, older).Exit, Is.Zero);
        Assert.That(CliRun.Invoke("ingest", "--data-dir", w.DataDir.Root, newer).Exit, Is.Zero);
        w.LoadRegistry((School, "บ้านหนองบัว", "เพ็ญ"), (Other, "บ้านโคก", "เพ็ญ")); // Other arrives in the registry only now

        var again = CliRun.Invoke("ingest", "--data-dir", w.DataDir.Root, older);
        Assert.That(again.Out, Does.Contain("already loaded"));

        var reload = CliRun.Invoke("ingest", "--data-dir", w.DataDir.Root, "--reload", older);

        Assert.That(reload.Exit, Is.Zero, reload.Out + reload.Error);
        Assert.That(reload.Out, Does.StartWith("loaded"));
        var totals = w.Query<(string School, long Total)>("SELECT school_code, SUM(total) FROM fact_enrolment GROUP BY school_code ORDER BY school_code");
        Assert.That(totals, Is.EqualTo(new[] { (School, 21L), (Other, 10L) }));
        var versions = w.Query<(long Version, long Latest)>("SELECT version, is_latest FROM fact_submission WHERE school_code = @s ORDER BY version", new { s = School });
        Assert.That(versions, Is.EqualTo(new[] { (1L, 0L), (2L, 0L), (3L, 1L) }));
    }

    [Test]
    public void A_cycle_option_that_contradicts_the_file_name_is_refused_before_anything_loads()
    {
        using var w = WithRegistry();
        var file = Outside(w, "dmc 2568-2.csv", $"school_code,grade,male,female\n{School},ป.1,10,11\n");
        var filesBefore = w.Scalar<long>("SELECT COUNT(*) FROM etl_file");

        var run = CliRun.Invoke("ingest", "--data-dir", w.DataDir.Root, "--cycle", "2568/1", file);

        Assert.That(run.Exit, Is.EqualTo(2), run.Out + run.Error);
        Assert.That(run.Error, Does.Contain("--cycle 2568/1 contradicts the cycle in the file name: dmc 2568-2.csv (2568/2)"));
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM etl_file"), Is.EqualTo(filesBefore));
    }

    [Test]
    public void A_cycle_in_Thai_digits_is_accepted_and_round_4_says_rounds_are_1_to_3()
    {
        using var w = WithRegistry();
        var file = Outside(w, "dmc.csv", $"school_code,grade,male,female\n{School},ป.1,10,11\n");

        var thai = CliRun.Invoke("ingest", "--data-dir", w.DataDir.Root, "--cycle", "๒๕๖๘/๑", file);
        var four = CliRun.Invoke("ingest", "--data-dir", w.DataDir.Root, "--cycle", "2568/4", file);

        Assert.That(thai.Exit, Is.Zero, thai.Out + thai.Error);
        Assert.That(w.Scalar<string>("SELECT DISTINCT cycle FROM v_enrolment"), Is.EqualTo("2568/1"));
        Assert.That(four.Exit, Is.EqualTo(2));
        Assert.That(four.Error, Does.Contain("rounds are 1–3").And.Contain("รอบมีเพียง 1–3"));
    }
}
