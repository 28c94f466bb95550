namespace Dlict.Tests.Cli;

/// <summary>Unknown options and missing paths are usage errors naming them (exit 2) on every verb, never a quiet "no files".</summary>
public class UsageErrorTests
{
    [TestCase("ingest", "--bogus-option")]
    [TestCase("ingest", "--submited-at")]
    [TestCase("check", "--bogus-option")]
    [TestCase("report", "--bogus-option")]
    [TestCase("status", "--bogus-option")]
    [TestCase("migrate", "--bogus-option")]
    [TestCase("serve", "--bogus-option")]
    [TestCase("demo", "--bogus-option")]
    [TestCase("copy-to", "--bogus-option")]
    public void An_unknown_option_is_named_and_exits_2_before_anything_runs(string verb, string option)
    {
        using var dir = new TempDir();

        var run = CliRun.Invoke(verb, "--data-dir", dir.Path, option);

        Assert.That(run.Exit, Is.EqualTo(2), run.Out + run.Error);
        Assert.That(run.Error, Does.Contain(option).And.Contain("usage error"));
        Assert.That(run.Error, Does.Contain($"dlict {verb} --help"));
        Assert.That(File.Exists(Path.Combine(dir.Path, "warehouse.db")), Is.False, "nothing ran");
    }

    [Test]
    public void An_unknown_option_of_sql_is_named_too()
    {
        using var dir = new TempDir();
        var run = CliRun.Invoke("sql", "--data-dir", dir.Path, "--bogus-option", "SELECT 1");
        Assert.That(run.Exit, Is.EqualTo(2), run.Out + run.Error);
        Assert.That(run.Error, Does.Contain("--bogus-option"));
    }

    [Test]
    public void A_path_that_does_not_exist_is_named_and_exits_2()
    {
        using var dir = new TempDir();
        var missing = Path.Combine(dir.Path, "dmc 2568-1.csv");

        var run = CliRun.Invoke("ingest", "--data-dir", dir.Path, missing);

        Assert.That(run.Exit, Is.EqualTo(2), run.Out + run.Error);
        Assert.That(run.Error, Does.Contain($"ไม่พบไฟล์หรือโฟลเดอร์ '{missing}'").And.Contain($"no such file or folder '{missing}'"));
        Assert.That(run.Out, Does.Not.Contain("no files"));
    }

    [Test]
    public void A_misspelt_ingest_option_is_called_an_unknown_option_not_a_missing_file()
    {
        using var dir = new TempDir();
        var run = CliRun.Invoke("ingest", "--data-dir", dir.Path, "--submited-at", "5/6/2567");
        Assert.That(run.Exit, Is.EqualTo(2));
        Assert.That(run.Error, Does.Contain("ไม่รู้จักตัวเลือก '--submited-at' / unknown option '--submited-at'"));
    }

    [Test]
    public void Status_help_has_an_example()
    {
        var help = CliRun.Invoke("status", "--help");
        Assert.That(help.Exit, Is.Zero);
        Assert.That(help.Out, Does.Contain("ตัวอย่าง / examples:").And.Contain("dlict status --data-dir"));
    }

    [Test]
    public void Sql_help_names_the_lineage_tables_it_allows_and_its_example_runs()
    {
        using var w = new TestWarehouse();
        w.LoadRegistry(("1041010001", "บ้านหนองบัว", "เพ็ญ"));
        var help = CliRun.Invoke("sql", "--help");
        Assert.That(help.Out, Does.Contain("etl_* lineage tables (etl_run, etl_file, etl_reject)"));

        var run = CliRun.Invoke("sql", "--data-dir", w.DataDir.Root, "SELECT file_name, status, rows_loaded FROM etl_file ORDER BY file_id DESC");

        Assert.That(run.Exit, Is.Zero, run.Error);
        Assert.That(run.Out.ReplaceLineEndings("\n"), Is.EqualTo("file_name,status,rows_loaded\nregistry.csv,loaded,1\n"));
    }
}
