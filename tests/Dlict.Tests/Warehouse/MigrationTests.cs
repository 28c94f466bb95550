using Dlict.Tests.Cli;
using Dlict.Warehouse;
using Dlict.Warehouse.Sqlite;
using Microsoft.Data.Sqlite;

namespace Dlict.Tests.Warehouse;

/// <summary>"Migrate or throw" once for every verb and job, and the one DbUp log adapter both providers write through.</summary>
public class MigrationTests
{
    /// <summary>A warehouse file whose dim_school is not the schema's: script 0001 cannot create it.</summary>
    private static string Blocked(TempDir dir)
    {
        var path = dir.File("warehouse.db");
        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "CREATE TABLE dim_school (x INTEGER)";
        command.ExecuteNonQuery();
        return path;
    }

    [Test]
    public void A_script_that_fails_stops_with_its_name_in_Thai_and_English()
    {
        using var dir = new TempDir();
        var warehouse = SqliteWarehouse.ForFile(Blocked(dir));

        var e = Assert.Throws<WarehouseUnavailableException>(() => warehouse.MigrateOrThrow());

        Assert.That(e!.Message, Does.Contain("ปรับโครงสร้างคลังข้อมูลไม่สำเร็จ / migration failed").And.Contain("0001_core_schema.sql"));
    }

    [TestCase("check", "--cycle", "2568/1")]
    [TestCase("ingest")]
    [TestCase("serve", "--once", "ingest")]
    public void Every_verb_that_migrates_exits_3_when_a_script_fails(params string[] verb)
    {
        using var dir = new TempDir();
        Blocked(dir);

        var (exit, _, error) = CliRun.Invoke([.. verb, "--data-dir", dir.Path]);

        Assert.That(exit, Is.EqualTo(3), error);
        Assert.That(error, Does.Contain("migration failed").And.Contain("0001_core_schema.sql"));
    }

    [Test]
    public void The_log_adapter_formats_invariantly_and_keeps_braces_of_a_message_without_arguments()
    {
        var lines = new List<string>();
        var log = new UpgradeLogAdapter(lines.Add);

        log.LogInformation("Executing Database Server script '{0}'", "0001_core_schema.sql");
        log.LogWarning("a view { v_enrolment } was rebuilt");
        log.LogError(new InvalidOperationException("disk full"), "Script {0} failed after {1} s", "0002", 1.5);
        log.LogDebug("chatter {0}", 1);

        Assert.That(lines, Is.EqualTo(new[]
        {
            "Executing Database Server script '0001_core_schema.sql'",
            "a view { v_enrolment } was rebuilt",
            "Script 0002 failed after 1.5 s: disk full",
        }));
    }

    [Test]
    public void A_fresh_sqlite_migration_logs_each_script_through_the_adapter()
    {
        using var dir = new TempDir();
        var lines = new List<string>();

        SqliteWarehouse.ForFile(dir.File("warehouse.db")).MigrateOrThrow(lines.Add);

        Assert.That(lines, Has.Some.Contains("0001_core_schema.sql"));
    }
}
