using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace Dlict.Etl.Loading;

/// <summary>
/// Runs a sequence's work (reading the file, checking and hashing rows) on a second thread, a few batches ahead of
/// the loop that writes to the database, so on a two-core office PC parsing and SQLite overlap instead of taking
/// turns. Order is kept. An exception on the reading thread is rethrown at the loop's next step; leaving the loop
/// early (or failing in it) stops the reader and waits for it, so the file is closed when the loop is.
/// Batches are recycled once the loop has taken their items (a national roster would otherwise allocate and zero
/// ~800 MB of batch arrays), so an item may stay referenced by a spare batch until it is overwritten.
/// The work must not touch the database connection: it belongs to the loop's thread.
/// </summary>
public static class ReadAhead
{
    public static IEnumerable<T> InBackground<T>(this IEnumerable<T> source, int batchSize = 512, int batchesAhead = 4)
    {
        using var window = new ReadAheadWindow(batchesAhead);
        foreach (var item in source.InBackground(window, batchSize)) yield return item;
    }

    /// <summary>As above, <paramref name="window"/> batches ahead (the loop may widen it as it goes).</summary>
    public static IEnumerable<T> InBackground<T>(this IEnumerable<T> source, ReadAheadWindow window, int batchSize = 512)
    {
        using var queue = new BlockingCollection<(T[] Items, int Count)>();
        var spare = new ConcurrentQueue<T[]>();
        using var stop = new CancellationTokenSource();
        ExceptionDispatchInfo? failure = null;
        var reader = new Thread(() =>
        {
            try
            {
                Fill(source, queue, spare, window, batchSize, stop.Token);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
            catch (Exception ex)
            {
                failure = ExceptionDispatchInfo.Capture(ex);
            }
            finally
            {
                queue.CompleteAdding();
            }
        })
        { IsBackground = true, Name = "dlict read-ahead" };
        reader.Start();
        try
        {
            foreach (var (items, count) in queue.GetConsumingEnumerable())
            {
                window.Leave();
                for (var i = 0; i < count; i++)
                    yield return items[i];
                spare.Enqueue(items);
            }
            failure?.Throw();
        }
        finally
        {
            stop.Cancel();
            reader.Join();
        }
    }

    private static void Fill<T>(IEnumerable<T> source, BlockingCollection<(T[], int)> queue, ConcurrentQueue<T[]> spare, ReadAheadWindow window,
        int batchSize, CancellationToken stop)
    {
        void Add((T[], int) full)
        {
            window.Enter(stop);
            queue.Add(full, stop);
        }

        T[] Next() => spare.TryDequeue(out var recycled) ? recycled : new T[batchSize];
        var batch = Next();
        var count = 0;
        foreach (var item in source)
        {
            batch[count++] = item;
            if (count < batchSize) continue;
            Add((batch, count));
            (batch, count) = (Next(), 0);
        }
        if (count > 0) Add((batch, count));
    }
}
