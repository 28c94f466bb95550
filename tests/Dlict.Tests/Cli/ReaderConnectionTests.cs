using Dapper;
using Dlict.Cli;
using Dlict.Cli.Settings;
using Dlict.Cli.Sql;
using Dlict.Cli.Verbs;
using Dlict.Tests.Warehouse;
using Microsoft.Data.SqlClient;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Dlict.Tests.Cli;

/// <summary>`dlict sql` runs on the reader connection; on SQL Server a reader login that can write is refused.</summary>
public class ReaderConnectionTests
{
    private const string NoServer = "Server=tcp:127.0.0.1,9;Database=dlict;User ID=analyst;Password=x;Connect Timeout=2;TrustServerCertificate=true";

    [Test]
    public void The_reader_connection_comes_from_the_environment_before_dlict_json()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("dlict.json"), """{ "warehouse": { "readerConnection": "Data Source=from-json.db" } }""");
        var parse = Dlict.Cli.Program.BuildRoot().Parse(["status", "--data-dir", dir.Path]);

        var fromJson = DlictSettings.Resolve(parse, _ => null);
        var fromEnvironment = DlictSettings.Resolve(parse, name => name == "DLICT_READER_CONNECTION" ? "Data Source=from-env.db" : null);

        Assert.That(fromJson.ReaderConnection, Is.EqualTo("Data Source=from-json.db"));
        Assert.That(fromEnvironment.ReaderConnection, Is.EqualTo("Data Source=from-env.db"));
    }

    [Test]
    public void Sql_reads_through_the_reader_connection_not_the_main_one()
    {
        using var main = new TestWarehouse();
        main.LoadRegistry(("1041010001", "บ้านหลัก", "เพ็ญ"));
        using var other = new TestWarehouse();
        other.LoadRegistry(("1041010002", "บ้านผู้อ่าน", "เพ็ญ"));
        var settings = new DlictSettings(main.DataDir, "sqlite", null, new DlictConfig()) { ReaderConnection = $"Data Source={other.Warehouse.DataSource}" };
        var output = new StringWriter();

        SqlVerb.Run(settings, "SELECT school_name FROM v_school", "csv", null, output);

        Assert.That(output.ToString().ReplaceLineEndings("\n"), Is.EqualTo("school_name\nบ้านผู้อ่าน\n"));
    }

    [Test]
    public void On_sql_server_a_missing_reader_connection_falls_back_with_a_warning()
    {
        using var dir = new TempDir();

        var (fallback, _, warned) = CliRun.Invoke("sql", "SELECT 1 AS a", "--provider", "sqlserver", "--connection", NoServer, "--data-dir", dir.Path);
        File.WriteAllText(dir.File("dlict.json"), $$"""{ "warehouse": { "readerConnection": "{{NoServer}}" } }""");
        var (_, _, quiet) = CliRun.Invoke("sql", "SELECT 1 AS a", "--provider", "sqlserver", "--connection", NoServer, "--data-dir", dir.Path);

        Assert.That(fallback, Is.EqualTo(ExitCodes.Unreachable));
        Assert.That(warned, Does.Contain("warning: no DLICT_READER_CONNECTION"));
        Assert.That(quiet, Does.Not.Contain("warning"));
    }

    [Test]
    public void The_write_check_is_valid_tsql_naming_the_roles_and_permissions_of_a_writer()
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        parser.Parse(new StringReader(ReaderLogin.CanWriteSql), out var errors);

        Assert.That(errors, Is.Empty);
        Assert.That(ReaderLogin.CanWriteSql, Does.Contain("IS_ROLEMEMBER('db_datawriter')").And.Contain("IS_ROLEMEMBER('db_owner')")
            .And.Contain("HAS_PERMS_BY_NAME(DB_NAME(), 'DATABASE', 'INSERT')"));
    }

    [Test]
    public void Live_a_login_that_can_write_is_refused_and_a_reader_is_not()
    {
        using var live = LiveDatabase.CreateOrIgnore();
        live.Warehouse.Migrate(dryRun: false);
        using var connection = new SqlConnection(live.ConnectionString);
        connection.Open();

        Assert.That(() => ReaderLogin.EnsureCannotWrite("sqlserver", connection), Throws.InstanceOf<UsageException>().With.Message.Contains("can write"));

        connection.Execute("CREATE USER dlict_test_reader WITHOUT LOGIN; ALTER ROLE dlict_reader ADD MEMBER dlict_test_reader;" +
            "CREATE USER dlict_test_writer WITHOUT LOGIN; ALTER ROLE db_datawriter ADD MEMBER dlict_test_writer;");
        connection.Execute("EXECUTE AS USER = 'dlict_test_reader';");
        Assert.That(() => ReaderLogin.EnsureCannotWrite("sqlserver", connection), Throws.Nothing);
        connection.Execute("REVERT; EXECUTE AS USER = 'dlict_test_writer';");
        Assert.That(() => ReaderLogin.EnsureCannotWrite("sqlserver", connection), Throws.InstanceOf<UsageException>());
        connection.Execute("REVERT;");
    }
}
