namespace Dlict.Tests.Cli;

public class CopyToVerbTests
{
    [Test]
    public void Without_a_sqlserver_target_copy_to_is_a_usage_error()
    {
        using var dir = new TempDir();

        var (exit, _, error) = CliRun.Invoke("copy-to", "--data-dir", dir.Path);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(error, Does.Contain("--provider sqlserver").And.Contain("ต้องระบุ"));
    }

    [Test]
    public void A_missing_source_warehouse_stops_before_touching_the_target()
    {
        using var dir = new TempDir();

        var (exit, _, error) = CliRun.Invoke("copy-to", "--data-dir", dir.Path, "--provider", "sqlserver",
            "--connection", "Server=tcp:127.0.0.1,1;Database=dlict;User Id=x;Password=y;Connect Timeout=1;Encrypt=False");

        Assert.That(exit, Is.EqualTo(3));
        Assert.That(error, Does.Contain("dlict migrate").And.Not.Contain("Password=y"));
    }

    [Test]
    public void An_unreachable_target_exits_3()
    {
        using var warehouse = new TestWarehouse();

        var (exit, _, error) = CliRun.Invoke("copy-to", "--data-dir", warehouse.DataDir.Root, "--provider", "sqlserver",
            "--connection", "Server=tcp:127.0.0.1,1;Database=dlict;User Id=x;Password=y;Connect Timeout=1;Encrypt=False");

        Assert.That(exit, Is.EqualTo(3));
        Assert.That(error, Does.Contain("Cannot connect").And.Contain("เชื่อมต่อ"));
    }
}
