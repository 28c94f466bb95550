using Dlict.Etl.Loading;

namespace Dlict.Tests.Etl.Loading;

public class ReadAheadTests
{
    [Test]
    public void Items_arrive_in_order_across_batches()
    {
        var items = Enumerable.Range(0, 10_001).InBackground(batchSize: 64, batchesAhead: 2).ToList();

        Assert.That(items, Is.EqualTo(Enumerable.Range(0, 10_001)));
    }

    [Test]
    public void The_work_runs_on_another_thread()
    {
        var here = Environment.CurrentManagedThreadId;

        var threads = Enumerable.Range(0, 10).Select(_ => Environment.CurrentManagedThreadId).InBackground().Distinct().ToList();

        Assert.That(threads, Has.Count.EqualTo(1).And.No.EqualTo(here));
    }

    [Test]
    public void A_failure_while_reading_surfaces_in_the_loop_after_the_items_before_it()
    {
        var seen = new List<int>();

        var failure = Assert.Throws<InvalidDataException>(() =>
        {
            foreach (var i in Failing(after: 100).InBackground(batchSize: 8)) seen.Add(i);
        });

        Assert.That(failure!.Message, Is.EqualTo("row 100 is broken"));
        Assert.That(seen, Is.EqualTo(Enumerable.Range(0, 96)), "whole batches before the failing one are delivered");
    }

    [Test]
    public void Leaving_the_loop_early_stops_the_reader_and_closes_the_source()
    {
        var source = new CountingSource();

        foreach (var i in source.Items().InBackground(batchSize: 16, batchesAhead: 2))
            if (i == 5) break;

        Assert.That(source.Closed, Is.True, "the source's finally ran before the loop returned");
        Assert.That(source.Produced, Is.LessThan(16 * 5), "the reader stopped a few batches ahead, not at the end");
    }

    private static IEnumerable<int> Failing(int after)
    {
        for (var i = 0; ; i++)
        {
            if (i == after) throw new InvalidDataException($"row {i} is broken");
            yield return i;
        }
    }

    private sealed class CountingSource
    {
        public int Produced;
        public bool Closed;

        public IEnumerable<int> Items()
        {
            try
            {
                for (var i = 0; i < 1_000_000; i++)
                {
                    Produced++;
                    yield return i;
                }
            }
            finally
            {
                Closed = true;
            }
        }
    }
}
