using Dapper;
using Dlict.Warehouse.SqlServer;
using Microsoft.Data.SqlClient;

namespace Dlict.Tests.Warehouse;

/// <summary>
/// Against a real SQL Server when DLICT_TEST_SQLSERVER holds a connection string (docs/sqlserver.md);
/// skipped otherwise. Each run creates its own database and drops it at the end.
/// </summary>
[NonParallelizable]
public class SqlServerLiveTests
{
    private const string Variable = "DLICT_TEST_SQLSERVER";
    private string _master = "";
    private string _database = "";
    private static readonly string[] Scripts = Dlict.Warehouse.ScriptCatalogue.Read(typeof(SqlServerWarehouse).Assembly)
        .Select(s => "Dlict.Warehouse.SqlServer.Migrations." + s.Name).ToArray();

    private static readonly string[] ContractViews =
        ["v_enrolment", "v_etl_runs", "v_rejects", "v_reporting_rate", "v_school", "v_school_size", "v_submission_status"];

    private static readonly (string, string)[] ExpectedStatuses = [("1036100001", "on_time"), ("1036100002", "missing")];

    private SqlServerWarehouse _warehouse = null!;
    private Dlict.Warehouse.MigrationResult _firstMigration = null!;

    [OneTimeSetUp]
    public void CreateDatabase()
    {
        var connectionString = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(connectionString))
            Assert.Ignore($"{Variable} not set: live SQL Server tests skipped (see docs/sqlserver.md).");

        _database = "dlict_test_" + Guid.NewGuid().ToString("N")[..12];
        _master = new SqlConnectionStringBuilder(connectionString) { InitialCatalog = "master" }.ConnectionString;
        using (var master = new SqlConnection(_master))
            master.Execute($"CREATE DATABASE [{_database}]");
        _warehouse = new SqlServerWarehouse(new SqlConnectionStringBuilder(connectionString) { InitialCatalog = _database }.ConnectionString);
        _firstMigration = _warehouse.Migrate(dryRun: false);
        Assert.That(_firstMigration.Successful, Is.True, _firstMigration.Error);
    }

    [OneTimeTearDown]
    public void DropDatabase()
    {
        if (_database.Length == 0) return;
        SqlConnection.ClearAllPools();
        using var master = new SqlConnection(_master);
        master.Execute($"IF DB_ID('{_database}') IS NOT NULL BEGIN ALTER DATABASE [{_database}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{_database}]; END");
    }

    [Test]
    public void Migrating_twice_applies_every_script_once()
    {
        var second = _warehouse.Migrate(dryRun: false);

        Assert.That(_firstMigration.Scripts, Is.EqualTo(Scripts));
        Assert.That(second.Successful, Is.True, second.Error);
        Assert.That(second.Scripts, Is.Empty);
        using var connection = _warehouse.Open();
        Assert.That(connection.ExecuteScalar<int>("SELECT COUNT(*) FROM dim_date"), Is.EqualTo(9497));
        Assert.That(connection.ExecuteScalar<int>("SELECT fiscal_year FROM dim_date WHERE [date] = '20251001'"), Is.EqualTo(2569));
        Assert.That(connection.ExecuteScalar<int>("SELECT academic_year FROM dim_date WHERE [date] = '20260515'"), Is.EqualTo(2568));
        Assert.That(connection.ExecuteScalar<int>("SELECT academic_year FROM dim_date WHERE [date] = '20260516'"), Is.EqualTo(2569));
        Assert.That(connection.ExecuteScalar<string>("SELECT month_name_th FROM dim_date WHERE date_key = 20260101"), Is.EqualTo("มกราคม"));
        Assert.That(connection.ExecuteScalar<string>("SELECT grade FROM dim_grade WHERE grade_key = 16"), Is.EqualTo("ปวช.1"));
    }

    [Test]
    public void Bulk_inserted_facts_are_read_back_through_the_views()
    {
        using var connection = (SqlConnection)_warehouse.Open();
        using (var transaction = connection.BeginTransaction())
        {
            var runId = connection.ExecuteScalar<int>(
                "INSERT INTO etl_run (started_at, status) OUTPUT inserted.run_id VALUES ('2025-06-09T08:00:00', N'running')", transaction: transaction);
            var fileId = connection.ExecuteScalar<int>(
                "INSERT INTO etl_file (run_id, sha256, file_name, size_bytes, status, received_at, loaded_at) OUTPUT inserted.file_id " +
                "VALUES (@runId, REPLICATE('a', 64), N'enrolment.xlsx', 1024, N'loaded', '2025-06-09T07:00:00', '2025-06-09T08:00:00')",
                new { runId }, transaction);

            _warehouse.BulkInsert(transaction, "dim_cycle", ["cycle_key", "cycle", "academic_year", "round", "deadline"],
                [[25681L, "2568/1", 2568L, 1L, new DateOnly(2025, 6, 10)]]);
            var schools = _warehouse.BulkInsert(transaction, "dim_school",
                ["school_code", "school_name", "district", "dltv", "status", "valid_from", "valid_to", "is_current"],
                [
                    ["1036100001", "โรงเรียนบ้านหนึ่ง", "เมือง", true, "open", new DateOnly(2020, 1, 1), new DateOnly(9999, 12, 31), true],
                    ["1036100002", "โรงเรียนบ้านสอง", "เมือง", false, "open", new DateOnly(2020, 1, 1), new DateOnly(9999, 12, 31), true],
                ]);
            var submissions = _warehouse.BulkInsert(transaction, "fact_submission",
                ["cycle_key", "school_code", "version", "submitted_at", "file_id", "rows_loaded", "rejected_rows", "students", "is_latest"],
                [[25681L, "1036100001", 1L, new DateTime(2025, 6, 10, 23, 59, 0), (long)fileId, 2L, 0L, 130L, true]]);
            var enrolment = _warehouse.BulkInsert(transaction, "fact_enrolment",
                ["cycle_key", "school_code", "grade_key", "male", "female", "total", "classrooms", "file_id"],
                [
                    [25681L, "1036100001", 4L, 30L, 35L, 65L, 2L, (long)fileId],
                    [25681L, "1036100001", 5L, 33L, 32L, 65L, null, (long)fileId],
                ]);
            connection.Execute("UPDATE etl_run SET status = N'succeeded', finished_at = '2025-06-09T08:01:00' WHERE run_id = @runId", new { runId }, transaction);
            transaction.Commit();

            Assert.That((schools, submissions, enrolment), Is.EqualTo((2L, 1L, 2L)));
        }

        Assert.That(connection.ExecuteScalar<int>("SELECT COUNT(*) FROM v_enrolment WHERE cycle = N'2568/1'"), Is.EqualTo(2));
        var school = connection.QuerySingle<(int Dltv, int Students, string SizeGroup)>(
            "SELECT dltv, students, size_group FROM v_school WHERE school_code = N'1036100001'");
        Assert.That(school, Is.EqualTo((1, 130, "medium")));
        var statuses = connection.Query<(string SchoolCode, string Status)>("SELECT school_code, status FROM v_submission_status ORDER BY school_code").ToList();
        Assert.That(statuses, Is.EqualTo(ExpectedStatuses));
        var all = connection.QuerySingle<(int Expected, decimal ReportingRate, decimal OnTimeRate)>(
            "SELECT expected, reporting_rate, on_time_rate FROM v_reporting_rate WHERE district = N'ALL'");
        Assert.That(all, Is.EqualTo((2, 50.0m, 50.0m)));
        Assert.That(connection.ExecuteScalar<string>("SELECT status FROM v_etl_runs"), Is.EqualTo("succeeded"));
    }

    [Test]
    public void Every_reporting_view_can_be_queried()
    {
        using var connection = _warehouse.OpenReadOnly();
        var views = connection.Query<string>("SELECT name FROM sys.views WHERE name LIKE 'v[_]%' ORDER BY name").ToList();

        Assert.That(views, Is.SupersetOf(ContractViews));
        foreach (var view in views)
            Assert.DoesNotThrow(() => connection.Query($"SELECT TOP (5) * FROM [{view}]").AsList(), view);
    }
}
