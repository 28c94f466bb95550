using System.Text;
using SQLitePCL;

namespace Dlict.Warehouse.Sqlite;

/// <summary>
/// The values of the rows an appender has not written yet, cell by cell: integers in place, text and blobs as byte
/// ranges of one growing buffer, pinned so that SQLite can read the bytes where they are (SQLITE_STATIC) until the
/// statement has been stepped. Bound when the rows are written; cleared after.
/// </summary>
internal sealed class PendingCells(int rows, int columns)
{
    private enum Kind : byte { Null, Integer, Real, Text, Blob }

    private readonly Kind[] _kinds = new Kind[rows * columns];
    private readonly long[] _values = new long[rows * columns]; // an integer, a double's bits, or offset << 32 | length
    private byte[] _bytes = GC.AllocateUninitializedArray<byte>(rows * columns * 16, pinned: true);
    private int _used;
    private string? _lastText; // the last text encoded since Clear, and its range of the buffer
    private long _lastRange;

    /// <summary>Bytes of text and blobs held since <see cref="Clear"/>.</summary>
    public int BytesUsed => _used;

    public void Null(int row, int column) => _kinds[row * columns + column] = Kind.Null;

    public void Integer(int row, int column, long value) => Put(row, column, Kind.Integer, value);

    public void Real(int row, int column, double value) => Put(row, column, Kind.Real, BitConverter.DoubleToInt64Bits(value));

    public void Text(int row, int column, string value)
    {
        if (ReferenceEquals(value, _lastText))
        {
            Put(row, column, Kind.Text, _lastRange); // the same string as the text before (a school's rows together): its bytes once
            return;
        }
        var room = Reserve(Encoding.UTF8.GetMaxByteCount(value.Length));
        Range(row, column, Kind.Text, Encoding.UTF8.GetBytes(value, room));
        (_lastText, _lastRange) = (value, _values[row * columns + column]);
    }

    public void Text(int row, int column, ReadOnlySpan<byte> utf8) => Bytes(row, column, Kind.Text, utf8);

    public void Blob(int row, int column, ReadOnlySpan<byte> value) => Bytes(row, column, Kind.Blob, value);

    /// <summary>Binds row <paramref name="row"/> to the statement's parameters from <paramref name="firstParameter"/> on; returns the first error code.</summary>
    public int Bind(NativeStatement statement, int row, int firstParameter)
    {
        for (var column = 0; column < columns; column++)
        {
            var cell = row * columns + column;
            var value = _values[cell];
            var p = firstParameter + column;
            var (offset, length) = ((int)(value >> 32), (int)(value & uint.MaxValue));
            // An empty value points at the buffer's first byte with length 0: '' and x'', never NULL.
            var rc = _kinds[cell] switch
            {
                Kind.Integer => statement.BindInteger(p, value),
                Kind.Real => statement.BindReal(p, BitConverter.Int64BitsToDouble(value)),
                Kind.Text => statement.BindText(p, ref _bytes[offset], length),
                Kind.Blob => statement.BindBlob(p, ref _bytes[offset], length),
                _ => statement.BindNull(p),
            };
            if (rc != raw.SQLITE_OK) return rc;
        }
        return raw.SQLITE_OK;
    }

    public void Clear()
    {
        _used = 0;
        _lastText = null;
    }

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
        if (_used + length >= _bytes.Length)
        {
            var larger = GC.AllocateUninitializedArray<byte>(Math.Max(_bytes.Length * 2, _used + length + 1), pinned: true);
            _bytes.AsSpan(0, _used).CopyTo(larger);
            _bytes = larger;
        }
        return _bytes.AsSpan(_used, length);
    }

    private void Range(int row, int column, Kind kind, int length)
    {
        Put(row, column, kind, ((long)_used << 32) | (uint)length);
        _used += length;
    }
}
