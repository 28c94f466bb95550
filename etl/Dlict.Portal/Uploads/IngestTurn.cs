using System.Threading.Channels;
using Dlict.Etl.Loading;

namespace Dlict.Portal.Uploads;

/// <summary>
/// Writes one at a time (portal.md): uploads queue here, first come first served, and one thread of their own (not
/// the thread pool, which keeps answering the other requests) runs them, each under the data folder's ingest lock,
/// waiting while the scheduled ingest or a `dlict ingest` holds it. Each upload gets its own outcome back.
/// </summary>
public sealed class IngestTurn : IDisposable
{
    private readonly DataDirectory _dataDir;
    private readonly TimeSpan _timeout;
    private readonly Channel<Func<CancellationToken, bool>> _queue = Channel.CreateUnbounded<Func<CancellationToken, bool>>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stopping = new();
    private readonly Thread _writer;

    public IngestTurn(DataDirectory dataDir, TimeSpan timeout)
    {
        _dataDir = dataDir;
        _timeout = timeout;
        _writer = new Thread(Write) { IsBackground = true, Name = "dlict web writer" };
        _writer.Start();
    }

    public Task<T> Run<T>(Func<T> work, CancellationToken cancellationToken)
    {
        var answer = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        var deadline = DateTime.UtcNow + _timeout;
        var queued = _queue.Writer.TryWrite(stopping =>
        {
            if (cancellationToken.IsCancellationRequested) return answer.TrySetCanceled(cancellationToken);
            try
            {
                using var held = Acquire(deadline, stopping);
                return answer.TrySetResult(work());
            }
            catch (Exception e)
            {
                return answer.TrySetException(e);
            }
        });
        if (!queued) answer.TrySetException(Busy());
        return answer.Task;
    }

    private void Write()
    {
        try
        {
            var reader = _queue.Reader;
            while (reader.WaitToReadAsync(_stopping.Token).AsTask().GetAwaiter().GetResult())
                while (reader.TryRead(out var item))
                    item(_stopping.Token);
        }
        catch (OperationCanceledException)
        {
            // the host is stopping
        }
    }

    private IngestLock Acquire(DateTime deadline, CancellationToken stopping)
    {
        while (true)
        {
            try
            {
                return IngestLock.Acquire(_dataDir);
            }
            catch (IngestBusyException)
            {
                // the scheduled ingest or a `dlict ingest` holds it: wait for it to finish its files
                if (DateTime.UtcNow >= deadline) throw Busy();
                if (stopping.WaitHandle.WaitOne(TimeSpan.FromMilliseconds(200))) throw new OperationCanceledException(stopping);
            }
        }
    }

    public void Dispose()
    {
        _queue.Writer.TryComplete();
        _stopping.Cancel();
        _writer.Join(TimeSpan.FromSeconds(10));
        _stopping.Dispose();
    }

    private static IngestBusyException Busy() =>
        new("ระบบกำลังนำเข้าข้อมูลอื่นอยู่ ลองส่งใหม่อีกครั้งในไม่กี่นาที / the warehouse is busy loading other files: try again in a few minutes");
}
