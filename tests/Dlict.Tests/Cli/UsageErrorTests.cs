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
}
