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
}
