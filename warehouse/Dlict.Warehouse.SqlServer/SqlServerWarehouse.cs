using System.Data.Common;
using DbUp;
using Microsoft.Data.SqlClient;

namespace Dlict.Warehouse.SqlServer;

/// <summary>
/// The production warehouse: SQL Server 2019+ / Azure SQL. Migrations by DbUp (journal dbo.schema_versions),
/// bulk loads by SqlBulkCopy into a session temp table, then one INSERT…SELECT in the caller's transaction.
/// The database must exist (see scripts/sqlserver/create-database.sql); it is never created implicitly.
/// </summary>
public sealed class SqlServerWarehouse : IWarehouse
{
    public const int BulkBatchSize = 10_000;

    private readonly SqlConnectionStringBuilder _builder;

    public SqlServerWarehouse(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        DapperTypes.Register();
        _builder = new SqlConnectionStringBuilder(connectionString);
    }

    public string Provider => "sqlserver";

    public SqlDialect Dialect => SqlDialect.SqlServer;

    public string ConnectionString => _builder.ConnectionString;

    /// <summary>Server, database and options without the password: safe for logs and the console.</summary>
    public string Describe()
    {
        var safe = new SqlConnectionStringBuilder(_builder.ConnectionString);
        safe.Remove("Password");
        return $"sqlserver: {safe.ConnectionString}";
    }

    public DbConnection Open() => OpenOrThrow(_builder.ConnectionString);

    /// <summary>
    /// ApplicationIntent=ReadOnly routes to a readable secondary where there is one; it does not stop writes.
    /// The real guard is the login: analysts and `dlict sql` use dlict_analyst, a member of the role dlict_reader (SELECT only, docs/sqlserver.md).
    /// </summary>
    public DbConnection OpenReadOnly()
    {
        var builder = new SqlConnectionStringBuilder(_builder.ConnectionString) { ApplicationIntent = ApplicationIntent.ReadOnly };
        return OpenOrThrow(builder.ConnectionString);
    }

    public MigrationResult Migrate(bool dryRun, Action<string>? log = null)
    {
        using (Open()) { } // a clear Thai/English error when the server or database is unreachable
        var engine = DeployChanges.To
            .SqlDatabase(_builder.ConnectionString)
            .WithScriptsEmbeddedInAssembly(typeof(SqlServerWarehouse).Assembly, name => name.Contains(".Migrations.", StringComparison.Ordinal))
            .WithTransactionPerScript()
            .WithVariablesDisabled()
            .JournalToSqlTable("dbo", "schema_versions")
            .LogTo(new UpgradeLogAdapter(log))
            .Build();
        return MigrationRunner.Run(engine, dryRun);
    }

    public long BulkInsert(DbTransaction transaction, string table, IReadOnlyList<string> columns, IEnumerable<object?[]> rows)
    {
        var sqlTransaction = transaction as SqlTransaction
            ?? throw new ArgumentException("A SqlTransaction from this warehouse is required.", nameof(transaction));
        var connection = sqlTransaction.Connection
            ?? throw new InvalidOperationException("The transaction is no longer active.");

        Execute(sqlTransaction, StagingSql.CreateStaging(table, columns));

        using (var bulk = new SqlBulkCopy(connection, SqlBulkCopyOptions.Default, sqlTransaction))
        using (var reader = new RowStreamReader(columns, rows))
        {
            bulk.DestinationTableName = StagingSql.StagingTable(table);
            bulk.BatchSize = BulkBatchSize;
            bulk.BulkCopyTimeout = 0;
            foreach (var column in columns) bulk.ColumnMappings.Add(column, column);
            bulk.WriteToServer(reader);
        }

        var inserted = Execute(sqlTransaction, StagingSql.InsertFromStaging(table, columns));
        Execute(sqlTransaction, StagingSql.DropStaging(table));
        return inserted;
    }

    public ITableAppender Append(DbTransaction transaction, string table, IReadOnlyList<string> columns) =>
        new BufferedAppender(this, transaction, table, columns);

    /// <summary>
    /// None: a row here has no id a loader could read and find again (fact_student is clustered on its school, with
    /// SQL Server's hidden uniquifier), and its student-key index would change with every rewrite anyway; loaders
    /// delete and insert (set-based, through the staging bulk copy).
    /// </summary>
    public ITableAppender? RewriteByRowId(DbTransaction transaction, string table, IReadOnlyList<string> columns, int unchanged) => null;

    /// <summary>Itself: SqlClient keeps its connections in a pool by default.</summary>
    public IWarehouse Pooled() => this;

    private static int Execute(SqlTransaction transaction, string sql)
    {
        using var command = new SqlCommand(sql, transaction.Connection, transaction) { CommandTimeout = 0 };
        return command.ExecuteNonQuery();
    }

    private static SqlConnection OpenOrThrow(string connectionString)
    {
        var connection = new SqlConnection(connectionString);
        try
        {
            connection.Open();
            return connection;
        }
        catch (SqlException e)
        {
            // Read from the connection string itself: a disposed SqlConnection forgets both names, which printed "(/)".
            var builder = new SqlConnectionStringBuilder(connectionString);
            connection.Dispose();
            throw new WarehouseUnavailableException(
                $"เชื่อมต่อคลังข้อมูล SQL Server ไม่ได้ ({builder.DataSource}/{builder.InitialCatalog}) — ตรวจสอบชื่อเซิร์ฟเวอร์ ฐานข้อมูล และสิทธิ์ผู้ใช้ / " +
                $"Cannot connect to the SQL Server warehouse ({builder.DataSource}/{builder.InitialCatalog}): {e.Message}", e);
        }
    }
}
