using Dlict.Etl.Kinds.Students;
using Dlict.Etl.Loading;

namespace Dlict.Tests.Etl.Kinds;

/// <summary>
/// A roster out of school order is written a hold at a time (<see cref="SchoolOrder"/>): while the writing thread
/// writes one, the reading thread must be free to read the next rows, not stop 2,048 rows in and wait.
/// </summary>
public class RosterReadAheadTests
{
    [Test]
    public void The_reader_reads_a_whole_hold_ahead_while_the_writer_is_busy()
    {
        var source = new CountingSource();
        using var rows = source.Rows().InBackground(batchesAhead: StudentLoader.ReadAheadBatches).GetEnumerator();

        Assert.That(rows.MoveNext(), Is.True); // the writer takes a row, then writes a full hold without asking for more
        var ahead = Steady(() => Volatile.Read(ref source.Produced));

        Assert.That(ahead, Is.GreaterThanOrEqualTo(SchoolOrder.Capacity));
        Assert.That(ahead, Is.LessThan(SchoolOrder.Capacity + 4 * 512), "bounded: a hold and a few batches, not the file");
    }

    /// <summary>The value once it has stopped changing (the reader blocked on a full queue).</summary>
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
