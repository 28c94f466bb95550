namespace Dlict.Warehouse;

/// <summary>
/// Rows added one at a time to one table inside a transaction, each value set by column position: a loader's hot
/// path without an array and boxed values per row. Set every column of a row, then <see cref="Add"/>.
/// Rows may be buffered (SQL Server: thousands for a bulk copy; SQLite: 64 for a multi-row INSERT) until <see cref="Flush"/>: flush before SQL that must see them or must run
/// before them (a DELETE of rows being replaced), and before committing. Disposing never writes. A failed Add or Flush may leave part of its rows written: the
/// transaction is the unit of undo, so roll it back (every loader does, the file's whole load with it).
/// </summary>
public interface ITableAppender : IDisposable
{
    void Set(int column, long value);

    void Set(int column, string? value);

    /// <summary>Raw bytes: SQLite BLOB, SQL Server <c>binary</c>/<c>varbinary</c>.</summary>
    void Set(int column, ReadOnlySpan<byte> value);

    void SetNull(int column);

    void Add();

    void Flush();
}
