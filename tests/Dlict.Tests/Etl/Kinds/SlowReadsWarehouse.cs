using System.Data.Common;
using Dlict.Warehouse;

namespace Dlict.Tests.Etl.Kinds;

/// <summary>
/// A warehouse whose read-only connections opened in the background take a while to open and are counted until
/// disposed, or (<paramref name="fails"/>) cannot be opened at all.
/// </summary>
internal sealed class SlowReadsWarehouse(IWarehouse inner, TimeSpan delay, bool fails = false) : WarehouseStandIn(inner)
{
    private int _open, _opened;

    public int StillOpen => Volatile.Read(ref _open);

    public int Opened => Volatile.Read(ref _opened);

    public override DbConnection OpenReadOnly()
    {
        if (!Thread.CurrentThread.IsThreadPoolThread) return Inner.OpenReadOnly(); // the door's own reads, on the loading thread
        Interlocked.Increment(ref _opened);
        Interlocked.Increment(ref _open);
        Thread.Sleep(delay);
        if (fails)
        {
            Interlocked.Decrement(ref _open);
            throw new WarehouseUnavailableException("the read-only connection failed (test)");
        }
        var connection = Inner.OpenReadOnly();
        connection.Disposed += (_, _) => Interlocked.Decrement(ref _open);
        return connection;
    }
}
