using Dlict.Etl.Loading;

namespace Dlict.Portal.Uploads;

/// <summary>
/// Writes one at a time (portal.md): uploads queue on a semaphore in this process (waiting without holding a
/// thread), then take the data folder's ingest lock, waiting while the scheduled ingest or a `dlict ingest` holds it.
/// Each upload keeps its own outcome.
/// </summary>
public sealed class IngestTurn(DataDirectory dataDir, TimeSpan timeout) : IDisposable
{
    private readonly SemaphoreSlim _queue = new(1, 1);

    public async Task<T> Run<T>(Func<T> work, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        if (!await _queue.WaitAsync(timeout, cancellationToken)) throw Busy();
        try
        {
            using var held = await Acquire(deadline, cancellationToken);
            return work();
        }
        finally
        {
            _queue.Release();
        }
    }

    private async Task<IngestLock> Acquire(DateTime deadline, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return IngestLock.Acquire(dataDir);
            }
            catch (IngestBusyException)
            {
                // the scheduled ingest or a `dlict ingest` holds it: wait for it to finish its files
                if (DateTime.UtcNow >= deadline) throw Busy();
                await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
            }
        }
    }

    public void Dispose() => _queue.Dispose();

    private static IngestBusyException Busy() =>
        new("ระบบกำลังนำเข้าข้อมูลอื่นอยู่ ลองส่งใหม่อีกครั้งในไม่กี่นาที / the warehouse is busy loading other files: try again in a few minutes");
}
