using Dlict.Etl.Loading;
using Dlict.Portal.Uploads;

namespace Dlict.Tests.Portal;

/// <summary>Uploads write one at a time under the data folder's ingest lock (portal.md), and let it go before they answer.</summary>
public class IngestTurnTests
{
    [Test]
    [CancelAfter(30_000)]
    public async Task An_upload_waits_while_an_ingest_holds_the_lock_and_runs_when_it_ends()
    {
        using var w = new TestWarehouse();
        using var turn = new IngestTurn(w.DataDir, TimeSpan.FromSeconds(20));
        var ingest = IngestLock.Acquire(w.DataDir); // a `dlict ingest` running

        var upload = turn.Run(() => "loaded", CancellationToken.None);
        await Task.Delay(300);
        Assert.That(upload.IsCompleted, Is.False, "waits for the ingest's files");

        ingest.Dispose();
        Assert.That(await upload, Is.EqualTo("loaded"));
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task Each_upload_holds_the_lock_and_the_lock_is_free_when_the_last_answer_comes()
    {
        using var w = new TestWarehouse();
        using var turn = new IngestTurn(w.DataDir, TimeSpan.FromSeconds(20));
        var order = new List<int>();

        var answers = Enumerable.Range(1, 5).Select(i => turn.Run(() =>
        {
            order.Add(i);
            return Assert.Throws<IngestBusyException>(() => IngestLock.Acquire(w.DataDir).Dispose()) is not null;
        }, CancellationToken.None)).ToList();
        var heldDuringEach = await Task.WhenAll(answers);

        Assert.That(heldDuringEach, Has.All.True, "no ingest could start in the middle of an upload");
        Assert.That(order, Is.EqualTo(new[] { 1, 2, 3, 4, 5 }), "first come, first served");
        Assert.That(() => IngestLock.Acquire(w.DataDir).Dispose(), Throws.Nothing, "let go before the last answer: an ingest may start at once");
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task A_failed_upload_lets_the_lock_go_too()
    {
        using var w = new TestWarehouse();
        using var turn = new IngestTurn(w.DataDir, TimeSpan.FromSeconds(20));

        Assert.That(async () => await turn.Run<int>(() => throw new InvalidOperationException("bad file"), CancellationToken.None),
            Throws.InvalidOperationException);
        Assert.That(() => IngestLock.Acquire(w.DataDir).Dispose(), Throws.Nothing);
        Assert.That(await turn.Run(() => 7, CancellationToken.None), Is.EqualTo(7));
    }
}
