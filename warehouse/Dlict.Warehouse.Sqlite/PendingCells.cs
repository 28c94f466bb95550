using System.Text;
using SQLitePCL;

namespace Dlict.Warehouse.Sqlite;

/// <summary>
/// The values of the rows an appender has not written yet, cell by cell: integers in place, text and blobs as byte
/// ranges of one growing buffer. Bound to a statement when the rows are written; cleared after.
/// </summary>
internal sealed class PendingCells(int rows, int columns)
{
    private enum Kind : byte { Null, Integer, Real, Text, Blob }

    private readonly Kind[] _kinds = new Kind[rows * columns];
    private readonly long[] _values = new long[rows * columns]; // an integer, a double's bits, or offset << 32 | length
    private byte[] _bytes = new byte[rows * columns * 16];
    private int _used;

    public void Null(int row, int column) => _kinds[row * columns + column] = Kind.Null;

    public void Integer(int row, int column, long value) => Put(row, column, Kind.Integer, value);

    public void Real(int row, int column, double value) => Put(row, column, Kind.Real, BitConverter.DoubleToInt64Bits(value));

    public void Text(int row, int column, string value)
    {
        var room = Reserve(Encoding.UTF8.GetMaxByteCount(value.Length));
        Range(row, column, Kind.Text, Encoding.UTF8.GetBytes(value, room));
    }

    public void Text(int row, int column, ReadOnlySpan<byte> utf8) => Bytes(row, column, Kind.Text, utf8);

    public void Blob(int row, int column, ReadOnlySpan<byte> value) => Bytes(row, column, Kind.Blob, value);

    /// <summary>Binds row <paramref name="row"/> to the statement's parameters from <paramref name="firstParameter"/> on; returns the first error code.</summary>
    public int Bind(sqlite3_stmt statement, int row, int firstParameter)
    {
        for (var column = 0; column < columns; column++)
        {
            var cell = row * columns + column;
            var value = _values[cell];
            var p = firstParameter + column;
            var rc = _kinds[cell] switch
            {
                Kind.Integer => raw.sqlite3_bind_int64(statement, p, value),
                Kind.Real => raw.sqlite3_bind_double(statement, p, BitConverter.Int64BitsToDouble(value)),
                // An empty span has no address, and SQLite reads a null address as NULL: bind '' and x'' explicitly.
                Kind.Text when (uint)value == 0 => raw.sqlite3_bind_text(statement, p, ""),
                Kind.Blob when (uint)value == 0 => raw.sqlite3_bind_zeroblob(statement, p, 0),
                Kind.Text => raw.sqlite3_bind_text(statement, p, Slice(value)),
                Kind.Blob => raw.sqlite3_bind_blob(statement, p, Slice(value)),
                _ => raw.sqlite3_bind_null(statement, p),
            };
            if (rc != raw.SQLITE_OK) return rc;
        }
        return raw.SQLITE_OK;
    }

    public void Clear() => _used = 0;

    private void Put(int row, int column, Kind kind, long value)
    {
        var cell = row * columns + column;
        _kinds[cell] = kind;
        _values[cell] = value;
    }

    private void Bytes(int row, int column, Kind kind, ReadOnlySpan<byte> value)
    {
        value.CopyTo(Reserve(value.Length));
        Range(row, column, kind, value.Length);
    }

    private Span<byte> Reserve(int length)
    {
        if (_used + length > _bytes.Length) Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _used + length));
        return _bytes.AsSpan(_used, length);
    }

    private void Range(int row, int column, Kind kind, int length)
    {
        Put(row, column, kind, ((long)_used << 32) | (uint)length);
        _used += length;
    }

    private ReadOnlySpan<byte> Slice(long range) => _bytes.AsSpan((int)(range >> 32), (int)(range & uint.MaxValue));
}
