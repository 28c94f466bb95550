using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Dlict.Warehouse.Sqlite;

/// <summary>
/// One prepared INSERT run straight on the SQLite handle, binding by position, inside the caller's transaction.
/// Microsoft.Data.Sqlite's ExecuteNonQuery looks every parameter up by name and opens a data reader per row; this
/// is the same statement without that overhead (about three times faster for bulk loads). Nothing is buffered:
/// <see cref="Add"/> writes the row, so <see cref="Flush"/> has nothing to do.
/// </summary>
internal sealed class SqliteAppender : ITableAppender
{
    private const int StackTextBytes = 512;
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    public SqliteAppender(SqliteConnection connection, string table, IReadOnlyList<string> columns)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("the connection is not open");
        var sql = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select(_ => "?"))})";
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
    }

    public void Set(int column, long value) => Check(raw.sqlite3_bind_int64(_statement, column + 1, value));

    public void Set(int column, string? value)
    {
        if (value is null)
        {
            Check(raw.sqlite3_bind_null(_statement, column + 1));
            return;
        }
        // Encoded on the stack (SQLite copies it), not into a new byte array per value as bind_text(string) does.
        var length = Encoding.UTF8.GetMaxByteCount(value.Length);
        Span<byte> utf8 = length <= StackTextBytes ? stackalloc byte[length] : new byte[length];
        var written = Encoding.UTF8.GetBytes(value, utf8);
        Check(raw.sqlite3_bind_text(_statement, column + 1, utf8[..written]));
    }

    public void Set(int column, DateOnly? value)
    {
        if (value is not { } date)
        {
            Check(raw.sqlite3_bind_null(_statement, column + 1));
            return;
        }
        // yyyy-MM-dd written digit by digit: the custom-format path of TryFormat was a visible share of a roster load.
        Span<byte> iso = stackalloc byte[10];
        Digits(iso[..4], date.Year);
        iso[4] = iso[7] = (byte)'-';
        Digits(iso[5..7], date.Month);
        Digits(iso[8..], date.Day);
        Check(raw.sqlite3_bind_text(_statement, column + 1, iso));
    }

    private static void Digits(Span<byte> into, int value)
    {
        for (var i = into.Length - 1; i >= 0; i--, value /= 10) into[i] = (byte)('0' + value % 10);
    }

    public void Set(int column, ReadOnlySpan<byte> value) => Check(raw.sqlite3_bind_blob(_statement, column + 1, value));

    public void Add()
    {
        var rc = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        if (rc != raw.SQLITE_DONE) Check(rc);
    }

    public void Flush()
    {
    }

    /// <summary>One row of CLR values (<see cref="IWarehouse.BulkInsert"/>), bound through the typed setters.</summary>
    public void Insert(object?[] row)
    {
        for (var i = 0; i < row.Length; i++) Set(i, SqliteValues.ToDb(row[i]));
        Add();
    }

    private void Set(int column, object value)
    {
        switch (value)
        {
            case DBNull: Check(raw.sqlite3_bind_null(_statement, column + 1)); break;
            case string s: Set(column, s); break;
            case long or int or short or byte: Set(column, Convert.ToInt64(value, CultureInfo.InvariantCulture)); break;
            case double or float or decimal: Check(raw.sqlite3_bind_double(_statement, column + 1, Convert.ToDouble(value, CultureInfo.InvariantCulture))); break;
            case byte[] b: Set(column, b.AsSpan()); break;
            default: Set(column, Convert.ToString(value, CultureInfo.InvariantCulture)); break;
        }
    }

    private void Check(int rc)
    {
        if (rc is raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW) return;
        throw new SqliteException(raw.sqlite3_errmsg(_db).utf8_to_string(), rc, raw.sqlite3_extended_errcode(_db));
    }

    public void Dispose() => raw.sqlite3_finalize(_statement);
}
