using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Dlict.Warehouse.Sqlite;

/// <summary>
/// One prepared INSERT run straight on the SQLite handle, binding by position. Microsoft.Data.Sqlite's
/// ExecuteNonQuery looks every parameter up by name and opens a data reader per row; this is the same
/// statement without that overhead (about three times faster for bulk loads), inside the caller's transaction.
/// </summary>
internal sealed class RawInsert : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    public RawInsert(SqliteConnection connection, string table, IReadOnlyList<string> columns)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("the connection is not open");
        var sql = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select(_ => "?"))})";
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
    }

    public void Insert(object?[] row)
    {
        for (var i = 0; i < row.Length; i++) Check(Bind(i + 1, SqliteValues.ToDb(row[i])));
        var rc = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        if (rc != raw.SQLITE_DONE) Check(rc);
    }

    private int Bind(int index, object value) => value switch
    {
        DBNull => raw.sqlite3_bind_null(_statement, index),
        string s => raw.sqlite3_bind_text(_statement, index, s),
        long l => raw.sqlite3_bind_int64(_statement, index, l),
        int n => raw.sqlite3_bind_int64(_statement, index, n),
        short n => raw.sqlite3_bind_int64(_statement, index, n),
        byte n => raw.sqlite3_bind_int64(_statement, index, n),
        double d => raw.sqlite3_bind_double(_statement, index, d),
        float f => raw.sqlite3_bind_double(_statement, index, f),
        decimal m => raw.sqlite3_bind_double(_statement, index, (double)m),
        byte[] b => raw.sqlite3_bind_blob(_statement, index, b),
        _ => raw.sqlite3_bind_text(_statement, index, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)),
    };

    private void Check(int rc)
    {
        if (rc is raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW) return;
        throw new SqliteException(raw.sqlite3_errmsg(_db).utf8_to_string(), rc, raw.sqlite3_extended_errcode(_db));
    }

    public void Dispose() => raw.sqlite3_finalize(_statement);
}
