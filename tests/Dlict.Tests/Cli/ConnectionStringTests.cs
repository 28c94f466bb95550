using Dlict.Cli;

namespace Dlict.Tests.Cli;

/// <summary>A connection string that cannot be read is a usage error with a message, never a stack trace.</summary>
public class ConnectionStringTests
{
    [TestCase("sqlserver", "Server=db.example;Databse=dlict;Password=S3cret!pw", "databse")]
    [TestCase("sqlserver", "just some words", "")]
    [TestCase("sqlserver", "Server=db.example;Connect Timeout=soon", "")]
    [TestCase("sqlite", "Data Source=w.db;Colour=blue", "colour")]
    public void A_malformed_connection_string_is_exit_2_with_a_message(string provider, string connection, string named)
    {
        using var dir = new TempDir();

        var (exit, _, error) = CliRun.Invoke("status", "--provider", provider, "--connection", connection, "--data-dir", dir.Path);

        Assert.That(exit, Is.EqualTo(ExitCodes.Usage), error);
        Assert.That(error, Does.Contain("connection string cannot be read").And.Contain(named).IgnoreCase);
        Assert.That(error, Does.Not.Contain("   at ").And.Not.Contain("S3cret!pw"));
    }
}
