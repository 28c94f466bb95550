using System.Collections;
using System.Data.Common;

namespace Dlict.Cli.Sql;

/// <summary>
/// The rows of a query result, at most <paramref name="limit"/> of them; <see cref="Cut"/> tells whether the
/// reader had more, so that a runaway query stops with a message instead of filling the disk or the memory.
/// </summary>
public sealed class ResultRows(DbDataReader reader, long limit) : IEnumerable<object?[]>
{
    public IReadOnlyList<string> Columns { get; } = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();

    public long Limit => limit;

    public long Count { get; private set; }

    public bool Cut { get; private set; }

    public IEnumerator<object?[]> GetEnumerator()
    {
        while (reader.Read())
        {
            if (Count == limit)
            {
                Cut = true;
                yield break;
            }
            var values = new object?[reader.FieldCount];
            for (var i = 0; i < values.Length; i++) values[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            Count++;
            yield return values;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
