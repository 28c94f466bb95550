using System.Data.Common;

namespace Dlict.Warehouse;

/// <summary>
/// An appender for engines whose fast path is a bulk load of many rows at once (SQL Server's SqlBulkCopy): rows
/// are collected and sent with <see cref="IWarehouse.BulkInsert"/> at each <see cref="Flush"/>, or when
/// <paramref name="flushEvery"/> rows are waiting.
/// </summary>
public sealed class BufferedAppender(IWarehouse warehouse, DbTransaction transaction, string table, IReadOnlyList<string> columns, int flushEvery = 50_000)
    : ITableAppender
{
    private readonly List<object?[]> _rows = [];
    private object?[] _row = new object?[columns.Count];

    public void Set(int column, long value) => _row[column] = value;

    public void Set(int column, string? value) => _row[column] = value;

    public void Set(int column, ReadOnlySpan<byte> value) => _row[column] = value.ToArray();

    public void SetNull(int column) => _row[column] = null;

    public void Add()
    {
        _rows.Add(_row);
        _row = new object?[columns.Count];
        if (_rows.Count >= flushEvery) Flush();
    }

    public void Flush()
    {
        if (_rows.Count == 0) return;
        warehouse.BulkInsert(transaction, table, columns, _rows);
        _rows.Clear();
    }

    public void Dispose() => _rows.Clear();
}
