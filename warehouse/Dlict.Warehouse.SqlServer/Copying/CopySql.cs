namespace Dlict.Warehouse.SqlServer.Copying;

/// <summary>
/// The T-SQL of `dlict copy-to`. Table names are checked and bracket-quoted by <see cref="StagingSql.Quote"/>;
/// catalogue look-ups take the table name as a parameter.
/// </summary>
public static class CopySql
{
    /// <summary>Columns of a target table with their type and whether they are the IDENTITY column.</summary>
    public const string TargetColumns =
        "SELECT c.name AS Name, t.name AS TypeName, c.is_identity AS IsIdentity\n" +
        "FROM sys.columns AS c JOIN sys.types AS t ON t.user_type_id = c.user_type_id\n" +
        "WHERE c.object_id = OBJECT_ID(@table, N'U')\n" +
        "ORDER BY c.column_id;";

    public static string CountRows(string table) => $"SELECT COUNT_BIG(*) FROM {StagingSql.Quote(table)};";

    /// <summary>Empties a table before the copy (DELETE, not TRUNCATE: foreign keys reference most tables).</summary>
    public static string Clear(string table) => $"DELETE FROM {StagingSql.Quote(table)};";

    /// <summary>
    /// Explicit identity values for one table while it is copied. SqlBulkCopy with KeepIdentity needs no such
    /// statement; this is for a hand-run INSERT of saved rows (docs/sqlserver.md) and for the tests.
    /// </summary>
    public static string IdentityInsert(string table, bool on) => $"SET IDENTITY_INSERT {StagingSql.Quote(table)} {(on ? "ON" : "OFF")};";

    /// <summary>After explicit identity values the next generated one continues above the highest copied value.</summary>
    public static string Reseed(string table) => $"DBCC CHECKIDENT (N'{StagingSql.Quote(table)}', RESEED) WITH NO_INFOMSGS;";
}
