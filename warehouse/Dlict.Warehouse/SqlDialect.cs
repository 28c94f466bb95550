namespace Dlict.Warehouse;

/// <summary>The few places where SQLite and T-SQL differ in the statements the application writes itself.</summary>
public sealed record SqlDialect(string Name)
{
    public static readonly SqlDialect Sqlite = new("sqlite");
    public static readonly SqlDialect SqlServer = new("sqlserver");

    /// <summary><c>SELECT … LIMIT n</c> vs <c>SELECT TOP (n) …</c>: wraps a query to return at most n rows.</summary>
    public string Limit(string selectSql, int rows) => Name == "sqlserver"
        ? $"SELECT TOP ({rows}) * FROM ({selectSql}) AS limited"
        : $"SELECT * FROM ({selectSql}) AS limited LIMIT {rows}";

    /// <summary>An INSERT of one row that returns its generated key (<c>RETURNING</c> vs <c>OUTPUT INSERTED</c>).</summary>
    public string InsertReturningId(string table, string idColumn, string columns, string values) => Name == "sqlserver"
        ? $"INSERT INTO {table} ({columns}) OUTPUT INSERTED.{idColumn} VALUES ({values})"
        : $"INSERT INTO {table} ({columns}) VALUES ({values}) RETURNING {idColumn}";
}
