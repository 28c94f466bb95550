using Dapper;
using Dlict.Warehouse.SqlServer;
using Microsoft.Data.SqlClient;

namespace Dlict.Tests.Warehouse;

/// <summary>
/// A throw-away database on the server named by DLICT_TEST_SQLSERVER, migrated; the calling fixture is ignored
/// (skipped) when the variable is not set. Dispose drops the database.
/// </summary>
public sealed class LiveDatabase : IDisposable
{
    public const string Variable = "DLICT_TEST_SQLSERVER";
    private readonly string _master;

    private LiveDatabase(string connectionString)
    {
        Name = "dlict_test_" + Guid.NewGuid().ToString("N")[..12];
        _master = new SqlConnectionStringBuilder(connectionString) { InitialCatalog = "master" }.ConnectionString;
        using (var master = new SqlConnection(_master))
            master.Execute($"CREATE DATABASE [{Name}]");
        ConnectionString = new SqlConnectionStringBuilder(connectionString) { InitialCatalog = Name }.ConnectionString;
        Warehouse = new SqlServerWarehouse(ConnectionString);
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public SqlServerWarehouse Warehouse { get; }

    /// <summary>Creates the database, or calls Assert.Ignore when no server is configured.</summary>
    public static LiveDatabase CreateOrIgnore()
    {
        var connectionString = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(connectionString))
            Assert.Ignore($"{Variable} not set: live SQL Server tests skipped (see docs/sqlserver.md).");
        return new LiveDatabase(connectionString!);
    }

    public void Dispose()
    {
        SqlConnection.ClearAllPools();
        using var master = new SqlConnection(_master);
        master.Execute($"IF DB_ID('{Name}') IS NOT NULL BEGIN ALTER DATABASE [{Name}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{Name}]; END");
    }
}
