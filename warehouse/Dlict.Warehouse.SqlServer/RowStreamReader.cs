using System.Data;

namespace Dlict.Warehouse.SqlServer;

/// <summary>
/// A forward-only <see cref="IDataReader"/> over rows as they are produced, so SqlBulkCopy streams a file
/// without holding it in a DataTable. Values pass through <see cref="SqlServerValues.ToDb"/>.
/// </summary>
public sealed class RowStreamReader(IReadOnlyList<string> columns, IEnumerable<object?[]> rows) : IDataReader
{
    private readonly IEnumerator<object?[]> _rows = rows.GetEnumerator();
    private object?[]? _current;
    private bool _closed;

    public long RowsRead { get; private set; }

    public int FieldCount => columns.Count;
    public int Depth => 0;
    public bool IsClosed => _closed;
    public int RecordsAffected => -1;

    public object this[int i] => GetValue(i);
    public object this[string name] => GetValue(GetOrdinal(name));

    public bool Read()
    {
        if (_closed || !_rows.MoveNext()) return false;
        _current = _rows.Current;
        if (_current.Length != columns.Count)
            throw new InvalidOperationException($"Row {RowsRead + 1} has {_current.Length} values, expected {columns.Count}.");
        RowsRead++;
        return true;
    }

    public object GetValue(int i) =>
        SqlServerValues.ToDb((_current ?? throw new InvalidOperationException("Call Read() first."))[i]);

    public int GetValues(object[] values)
    {
        var n = Math.Min(values.Length, FieldCount);
        for (var i = 0; i < n; i++) values[i] = GetValue(i);
        return n;
    }

    public bool IsDBNull(int i) => GetValue(i) is DBNull;

    public string GetName(int i) => columns[i];

    public int GetOrdinal(string name)
    {
        for (var i = 0; i < columns.Count; i++)
            if (string.Equals(columns[i], name, StringComparison.OrdinalIgnoreCase)) return i;
        throw new ArgumentOutOfRangeException(nameof(name), $"No column '{name}'.");
    }

    public Type GetFieldType(int i) => typeof(object);
    public string GetDataTypeName(int i) => "sql_variant";

    public bool GetBoolean(int i) => (bool)GetValue(i);
    public byte GetByte(int i) => Convert.ToByte(GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
    public char GetChar(int i) => (char)GetValue(i);
    public DateTime GetDateTime(int i) => (DateTime)GetValue(i);
    public decimal GetDecimal(int i) => Convert.ToDecimal(GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
    public double GetDouble(int i) => Convert.ToDouble(GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
    public float GetFloat(int i) => Convert.ToSingle(GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
    public Guid GetGuid(int i) => (Guid)GetValue(i);
    public short GetInt16(int i) => Convert.ToInt16(GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
    public int GetInt32(int i) => Convert.ToInt32(GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
    public long GetInt64(int i) => Convert.ToInt64(GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
    public string GetString(int i) => (string)GetValue(i);

    public long GetBytes(int i, long fieldOffset, byte[]? buffer, int bufferoffset, int length) => throw new NotSupportedException();
    public long GetChars(int i, long fieldoffset, char[]? buffer, int bufferoffset, int length) => throw new NotSupportedException();
    public IDataReader GetData(int i) => throw new NotSupportedException();
    public DataTable? GetSchemaTable() => null;
    public bool NextResult() => false;

    public void Close() => _closed = true;

    public void Dispose()
    {
        _closed = true;
        _rows.Dispose();
    }
}
