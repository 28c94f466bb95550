using System.Threading.Channels;
using Dlict.Etl.Loading;

namespace Dlict.Portal.Uploads;

/// <summary>
/// Writes one at a time (portal.md): uploads queue here, first come first served, and one thread of their own (not
/// the thread pool, which keeps answering the other requests) runs them, each under the data folder's ingest lock,
/// waiting while the scheduled ingest or a `dlict ingest` holds it. Each upload gets its own outcome back.
/// The writer keeps the lock from one upload to the next while more are queued (at most <see cref="LongestHold"/>),
/// and lets it go when the queue is empty: a burst of uploads opens, locks and deletes the lock file once, not once
/// an upload (~3 % of the writer's time in a burst of 100).
/// </summary>
public sealed class IngestTurn : IDisposable
{
    private readonly DataDirectory _dataDir;
    private readonly TimeSpan _timeout;
    private readonly Channel<Func<CancellationToken, bool>> _queue = Channel.CreateUnbounded<Func<CancellationToken, bool>>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stopping = new();
    private readonly Thread _writer;
    private IngestLock? _held; // the writer thread's own
    private int _queued; // uploads waiting for their turn (this channel cannot count)
    private DateTime _heldSince;

    /// <summary>How long the writer keeps the lock over queued uploads before it lets a waiting ingest have a turn.</summary>
    public static readonly TimeSpan LongestHold = TimeSpan.FromSeconds(1);

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
        Interlocked.Increment(ref _queued);
        var queued = _queue.Writer.TryWrite(stopping =>
        {
            Interlocked.Decrement(ref _queued);
            if (cancellationToken.IsCancellationRequested)
            {
                LetGoWhenIdle();
                return answer.TrySetCanceled(cancellationToken);
            }
            T result;
            try
            {
                Hold(deadline, stopping);
                result = work();
            }
            catch (Exception e)
            {
                LetGoWhenIdle();
                return answer.TrySetException(e);
            }
            LetGoWhenIdle(); // before the answer: whoever waited for it may start an ingest at once
            return answer.TrySetResult(result);
        });
        if (!queued)
        {
            Interlocked.Decrement(ref _queued);
            answer.TrySetException(Busy());
        }
        return answer.Task;
    }

    private void Write()
    {
        try
        {
            var reader = _queue.Reader;
            while (reader.WaitToReadAsync(_stopping.Token).AsTask().GetAwaiter().GetResult())
            {
                while (reader.TryRead(out var item))
                    item(_stopping.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // the host is stopping
        }
        finally
        {
            LetGo();
        }
    }

    /// <summary>Takes the lock for the next upload, unless the writer holds it already and has not held it too long.</summary>
    private void Hold(DateTime deadline, CancellationToken stopping)
    {
        if (_held is not null && DateTime.UtcNow - _heldSince < LongestHold) return;
        LetGo();
        _held = Acquire(deadline, stopping);
        _heldSince = DateTime.UtcNow;
    }

    private void LetGoWhenIdle()
    {
        if (Volatile.Read(ref _queued) == 0) LetGo();
    }

    private void LetGo()
    {
        _held?.Dispose();
        _held = null;
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
