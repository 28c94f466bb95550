using System.Data.Common;

namespace Dlict.Cli.Sql;

/// <summary>
/// On SQL Server `dlict sql` runs only on a login that cannot write: the statement check is the first line, the
/// login the second, and a second line that can write is none at all.
/// </summary>
public static class ReaderLogin
{
    /// <summary>1 when the current login may write or change anything in the current database.</summary>
    public const string CanWriteSql = """
        SELECT CASE WHEN IS_ROLEMEMBER('db_owner') = 1 OR IS_ROLEMEMBER('db_datawriter') = 1 OR IS_ROLEMEMBER('db_ddladmin') = 1
            OR HAS_PERMS_BY_NAME(DB_NAME(), 'DATABASE', 'INSERT') = 1 OR HAS_PERMS_BY_NAME(DB_NAME(), 'DATABASE', 'UPDATE') = 1
            OR HAS_PERMS_BY_NAME(DB_NAME(), 'DATABASE', 'DELETE') = 1 OR HAS_PERMS_BY_NAME(DB_NAME(), 'DATABASE', 'ALTER') = 1
            OR HAS_PERMS_BY_NAME('dbo.dim_school', 'OBJECT', 'INSERT') = 1 OR HAS_PERMS_BY_NAME('dbo.fact_enrolment', 'OBJECT', 'DELETE') = 1
            THEN 1 ELSE 0 END
        """;

    /// <summary>Refuses (exit 2) when <paramref name="connection"/> is a SQL Server login that can write.</summary>
    public static void EnsureCannotWrite(string provider, DbConnection connection)
    {
        if (provider != "sqlserver") return;
        using var command = connection.CreateCommand();
        command.CommandText = CanWriteSql;
        if (Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0) return;
        throw new UsageException(
            "ปฏิเสธ: ผู้ใช้ของการเชื่อมต่อนี้เขียนคลังข้อมูลได้ — ตั้ง DLICT_READER_CONNECTION เป็นผู้ใช้ในบทบาท dlict_reader (docs/sqlserver.md) / " +
            "refused: this login can write to the warehouse; set DLICT_READER_CONNECTION to a login in the role dlict_reader (docs/sqlserver.md)");
    }
}
