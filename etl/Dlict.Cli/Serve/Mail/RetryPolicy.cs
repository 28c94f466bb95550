namespace Dlict.Cli.Serve.Mail;

/// <summary>
/// How often a delivery is tried: once at once, then again after each wait (production: 1 s, 5 s, 25 s — four tries).
/// Tests pass short waits.
/// </summary>
public sealed record RetryPolicy(IReadOnlyList<TimeSpan> Waits)
{
    public static RetryPolicy Production { get; } = new([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(25)]);

    public int Attempts => Waits.Count + 1;

    /// <summary>Runs <paramref name="action"/> until it succeeds or the tries are used up: (attempts made, last error or null).</summary>
    public (int Attempts, Exception? Error) Run(Action action, Action<int, Exception> onFailure, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                cancellationToken.ThrowIfCancellationRequested();
                action();
                return (attempt, null);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                onFailure(attempt, e);
                if (attempt >= Attempts) return (attempt, e);
                if (cancellationToken.WaitHandle.WaitOne(Waits[attempt - 1])) return (attempt, e);
            }
            catch (OperationCanceledException e)
            {
                return (attempt, e);
            }
        }
    }
}
