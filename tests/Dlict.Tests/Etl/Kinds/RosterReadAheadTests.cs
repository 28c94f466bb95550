using Dlict.Etl.Kinds.Students;
using Dlict.Etl.Loading;

namespace Dlict.Tests.Etl.Kinds;

/// <summary>
/// A roster out of school order is written a hold at a time (<see cref="SchoolOrder"/>): while the writing thread
/// writes one, the reading thread must be free to read the next rows, not stop 2,048 rows in and wait. A roster in
/// school order keeps its reader close behind (its rows still in cache when written).
/// </summary>
public class RosterReadAheadTests
{
    [Test]
    public void The_reader_stays_close_while_rows_come_in_order_and_reads_a_whole_hold_ahead_once_widened()
    {
        var source = new CountingSource();
        using var window = new ReadAheadWindow(StudentLoader.InOrderBatches);
        using var rows = source.Rows().InBackground(window).GetEnumerator();

        Assert.That(rows.MoveNext(), Is.True); // the writer takes a row, then is busy
        var close = Steady(() => Volatile.Read(ref source.Produced));
        window.Widen(StudentLoader.ReadAheadBatches); // what SchoolOrder's first row out of order does in the loader
        var ahead = Steady(() => Volatile.Read(ref source.Produced));

        Assert.That(close, Is.LessThanOrEqualTo((StudentLoader.InOrderBatches + 2) * 512));
        Assert.That(ahead, Is.GreaterThanOrEqualTo(SchoolOrder.Capacity));
        Assert.That(ahead, Is.LessThan(SchoolOrder.Capacity + 4 * 512), "bounded: a hold and a few batches, not the file");
    }

    /// <summary>The value once it has stopped changing (the reader blocked on a full window).</summary>
    private static int Steady(Func<int> read)
    {
        var last = -1;
        for (var tries = 0; tries < 500; tries++)
        {
            Thread.Sleep(20);
            var now = read();
            if (now == last) return now;
            last = now;
        }
        return last;
    }

    private sealed class CountingSource
    {
        public int Produced;

        public IEnumerable<int> Rows()
        {
            for (var i = 0; i < 1_000_000; i++)
            {
                Interlocked.Increment(ref Produced);
                yield return i;
            }
        }
    }
}
