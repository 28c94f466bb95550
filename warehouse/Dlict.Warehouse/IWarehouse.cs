using System.Data.Common;

namespace Dlict.Warehouse;

/// <summary>
/// The seam between the ETL/reports and a database engine: a connection, the migrations, a bulk load.
/// Everything else is plain SQL against the tables and views that both dialects define alike.
/// </summary>
public interface IWarehouse
{
    /// <summary><c>sqlite</c> or <c>sqlserver</c>.</summary>
    string Provider { get; }

    /// <summary>Where the warehouse is, with any password removed: safe to print.</summary>
    string Describe();

    /// <summary>An open read-write connection.</summary>
    DbConnection Open();

    /// <summary>An open connection that cannot write (SQLite: <c>Mode=ReadOnly</c>; SQL Server: the caller's login).</summary>
    DbConnection OpenReadOnly();

    /// <summary>Brings the schema to the newest version, one transaction per script.</summary>
    MigrationResult Migrate(bool dryRun, Action<string>? log = null);

    /// <summary>
    /// Inserts <paramref name="rows"/> into <paramref name="table"/> inside <paramref name="transaction"/>.
    /// Values are CLR values: string, long/int, decimal, DateOnly, DateTime (Bangkok local), bool, null.
    /// SQLite: one prepared statement; SQL Server: SqlBulkCopy into <c>stg_&lt;table&gt;</c>, then one INSERT…SELECT.
    /// </summary>
    long BulkInsert(DbTransaction transaction, string table, IReadOnlyList<string> columns, IEnumerable<object?[]> rows);

    /// <summary>
    /// A row-at-a-time writer into <paramref name="table"/> inside <paramref name="transaction"/>, for loaders that
    /// stream millions of rows (SQLite: one prepared statement bound by position; SQL Server: buffered bulk loads).
    /// </summary>
    ITableAppender Append(DbTransaction transaction, string table, IReadOnlyList<string> columns);

    /// <summary>
    /// A writer that overwrites rows of <paramref name="table"/> where they are, each found by its row id: column 0 of
    /// every row is the id (SQLite's <c>rowid</c>, as <c>SELECT rowid</c> gives it), columns 1… are
    /// <paramref name="columns"/>, set as for <see cref="Append"/>. The first <paramref name="unchanged"/> of them
    /// must be the row's own values already (where it sits in an index) and are not written: an index that holds none
    /// of the others is left alone, which makes replacing a school's students cheaper than deleting and inserting
    /// them (SQLite descends the school index for each row deleted and each row inserted into its middle). A row
    /// whose unchanged columns differ fails the write; a row id with no row there becomes a new row. Null where rows
    /// have no id to find them by (SQL Server): the caller then deletes and inserts.
    /// </summary>
    ITableAppender? RewriteByRowId(DbTransaction transaction, string table, IReadOnlyList<string> columns, int unchanged);

    /// <summary>The dialect's small differences (row limit, etc.).</summary>
    SqlDialect Dialect { get; }

    /// <summary>
    /// The same warehouse with its connections kept open between uses, for a long-running host (<c>dlict serve</c>'s
    /// web front). SQLite then parses its schema once per pooled connection instead of on every open, and no close
    /// checkpoints the WAL; SQL Server pools already. Disposing what this returns lets the kept connections go.
    /// Every warehouse says what it does here (no default: a wrapper that answered with itself left `dlict serve`
    /// opening and closing an unpooled SQLite file at every step of every upload).
    /// </summary>
    IWarehouse Pooled();
}
