namespace Dlict.Etl.Loading;

/// <summary>
/// How many batches the reading thread of <see cref="ReadAhead"/> may run ahead of the loop. The loop may widen it
/// while it runs (never narrow it): a roster starts close behind its reader, so that rows are still in the processor's
/// cache when they are written, and lets the reader run a whole hold ahead once rows come out of school order
/// (the roster loader then writes a hold at a time). Owned by the loop's thread.
/// </summary>
public sealed class ReadAheadWindow(int batches) : IDisposable
{
    private readonly SemaphoreSlim _free = new(batches);

    public int Batches { get; private set; } = batches;

    /// <summary>Lets the reader run up to <paramref name="batches"/> batches ahead from now on.</summary>
    public void Widen(int batches)
    {
        if (batches <= Batches) return;
        _free.Release(batches - Batches);
        Batches = batches;
    }

    /// <summary>The reader waits for room for one more batch.</summary>
    internal void Enter(CancellationToken stop) => _free.Wait(stop);

    /// <summary>The loop has taken a batch off the queue: room for another.</summary>
    internal void Leave() => _free.Release();

    public void Dispose() => _free.Dispose();
}
