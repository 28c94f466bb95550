using Dapper;
using Microsoft.Data.SqlClient;

namespace Dlict.Tests.Warehouse;

/// <summary>
/// With DLICT_TEST_SQLSERVER: a database user in dlict_reader (impersonated with EXECUTE AS USER, the same
/// permission check as a login mapped to that user) reads the views, dims and facts and nothing else.
/// </summary>
[NonParallelizable]
public class ReaderRoleLiveTests
{
    private LiveDatabase? _database;

    [OneTimeSetUp]
    public void Migrate()
    {
        _database = LiveDatabase.CreateOrIgnore();
        var result = _database.Warehouse.Migrate(dryRun: false);
        Assert.That(result.Successful, Is.True, result.Error);
        using var connection = _database.Warehouse.Open();
        connection.Execute("CREATE USER reader_probe WITHOUT LOGIN; ALTER ROLE dlict_reader ADD MEMBER reader_probe;");
    }

    [OneTimeTearDown]
    public void Drop() => _database?.Dispose();

    [TestCase("SELECT COUNT(*) FROM v_school")]
    [TestCase("SELECT COUNT(*) FROM v_etl_runs")]
    [TestCase("SELECT COUNT(*) FROM v_rejects")]
    [TestCase("SELECT COUNT(*) FROM dim_grade")]
    [TestCase("SELECT COUNT(*) FROM fact_enrolment")]
    public void The_reader_can_select(string sql) => Assert.DoesNotThrow(() => AsReader(sql));

    [TestCase("SELECT COUNT(*) FROM etl_file")]
    [TestCase("SELECT COUNT(*) FROM etl_reject")]
    [TestCase("SELECT COUNT(*) FROM schema_versions")]
    [TestCase("INSERT INTO dim_cycle (cycle_key, cycle, academic_year, [round], deadline) VALUES (25681, N'2568/1', 2568, 1, '2025-06-10')")]
    [TestCase("UPDATE dim_grade SET grade_level = N'x' WHERE grade_key = 1")]
    [TestCase("DELETE FROM fact_enrolment")]
    [TestCase("EXEC dbo.grant_reader_select")]
    [TestCase("CREATE TABLE reader_table (a int)")]
    public void The_reader_cannot(string sql)
    {
        var error = Assert.Throws<SqlException>(() => AsReader(sql));
        Assert.That(error!.Number, Is.AnyOf(229, 230, 262, 15247), error.Message); // permission denied on object / column / statement
    }

    [Test]
    public void Granting_again_is_harmless()
    {
        using var connection = _database!.Warehouse.Open();
        Assert.DoesNotThrow(() => connection.Execute("EXEC dbo.grant_reader_select"));
    }

    private void AsReader(string sql)
    {
        using var connection = (SqlConnection)_database!.Warehouse.Open();
        connection.Execute("EXECUTE AS USER = N'reader_probe';");
        try
        {
            connection.Execute(sql);
        }
        finally
        {
            connection.Execute("REVERT;");
        }
    }
}
