using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Dlict.Warehouse.Sqlite;

/// <summary>
/// Prepared INSERTs (or rewrites of rows by rowid: <see cref="RowStatements"/>) run straight on the SQLite handle inside the caller's transaction. Microsoft.Data.Sqlite's
/// ExecuteNonQuery looks every parameter up by name and opens a data reader per row; this binds by position
/// (about three times faster for bulk loads). Rows wait in <see cref="PendingCells"/> and go in
/// <see cref="RowsPerStatement"/> at a time through one multi-row INSERT (SQLite opens the table's cursors once per
/// statement, not per row: 15 % less time in a roster load), bound without copies (<see cref="NativeStatement"/>);
/// <see cref="Flush"/> writes the rest one by one. The connection keeps its 128 MB page cache: a 16 MB one made a
/// national roster grouped by school ~8 % faster but one in no particular order 43 % slower (54.6 against 38.3 s),
/// its random inserts into the school index spilling the same pages again and again.
/// The INSERTs are <c>OR FAIL</c>: a multi-row INSERT with the default ABORT keeps a statement journal so that a
/// failing row can undo its statement's earlier rows, copying every page it first touches (malloc and memcpy of 16 KB
/// pages: 2 s of CPU in a national roster load). The caller's transaction is the unit of undo, so FAIL is enough.
/// </summary>
internal sealed class SqliteAppender : ITableAppender
{
    public const int RowsPerStatement = 64;
    private readonly sqlite3 _db;
    private readonly PendingCells _cells;
    private readonly int _columns;
    private readonly RowStatements _statements;
    private NativeStatement? _batch; // prepared at the first full batch: a file's few summary rows never need it
    private NativeStatement? _single; // prepared at the first flush of a part batch: a roster's rewriter, on a first load, never needs either
    private int _row;

    public SqliteAppender(SqliteConnection connection, string table, IReadOnlyList<string> columns)
        : this(connection, columns.Count, RowStatements.Insert(table, columns))
    {
    }

    /// <param name="values">How many values a row has (the statement's parameters per row).</param>
    public SqliteAppender(SqliteConnection connection, int values, RowStatements statements)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("the connection is not open");
        _columns = values;
        _statements = statements;
        _cells = new PendingCells(RowsPerStatement, _columns);
    }

    public void Set(int column, long value) => _cells.Integer(_row, column, value);

    public void Set(int column, string? value)
    {
        if (value is null) _cells.Null(_row, column);
        else _cells.Text(_row, column, value);
    }

    public void SetNull(int column) => _cells.Null(_row, column);

    public void Set(int column, ReadOnlySpan<byte> value) => _cells.Blob(_row, column, value);

    public void Add()
    {
        if (++_row < RowsPerStatement) return;
        var batch = _batch ??= Prepare(_statements.For(RowsPerStatement));
        for (var r = 0; r < RowsPerStatement; r++) Check(_cells.Bind(batch, r, r * _columns + 1));
        Step(batch, RowsPerStatement);
        _row = 0;
        _cells.Clear();
    }

    public void Flush()
    {
        for (var r = 0; r < _row; r++)
        {
            var single = _single ??= Prepare(_statements.For(1));
            Check(_cells.Bind(single, r, 1));
            Step(single, 1);
        }
        _row = 0;
        _cells.Clear();
    }

    /// <summary>One row of CLR values (<see cref="IWarehouse.BulkInsert"/>), set through the typed setters.</summary>
    public void Insert(object?[] row)
    {
        for (var i = 0; i < row.Length; i++) Set(i, SqliteValues.ToDb(row[i]));
        Add();
    }

    private void Set(int column, object value)
    {
        switch (value)
        {
            case DBNull: _cells.Null(_row, column); break;
            case string s: Set(column, s); break;
            case long or int or short or byte: Set(column, Convert.ToInt64(value, CultureInfo.InvariantCulture)); break;
            case double or float or decimal: _cells.Real(_row, column, Convert.ToDouble(value, CultureInfo.InvariantCulture)); break;
            case byte[] b: Set(column, b.AsSpan()); break;
            default: Set(column, Convert.ToString(value, CultureInfo.InvariantCulture)); break;
        }
    }

    private NativeStatement Prepare(string sql)
    {
        Check(raw.sqlite3_prepare_v2(_db, sql, out var statement));
        return new NativeStatement(statement);
    }

    /// <summary>Runs the statement; a row of values that changed no row (a rewrite that found another row at its rowid) is an error, never a silent loss.</summary>
    private void Step(NativeStatement statement, int rows)
    {
        var rc = statement.StepAndReset();
        if (rc != raw.SQLITE_DONE) Check(rc);
        var changed = raw.sqlite3_changes(_db);
        if (changed != rows)
            throw new InvalidOperationException($"{rows} rows of values changed {changed} rows: a row to rewrite was not where its row id said");
    }

    private void Check(int rc)
    {
        if (rc is raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW) return;
        throw new SqliteException(raw.sqlite3_errmsg(_db).utf8_to_string(), rc, raw.sqlite3_extended_errcode(_db));
    }

    public void Dispose()
    {
        _batch?.Dispose();
        _single?.Dispose();
    }
}
