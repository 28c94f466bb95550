using Dlict.Cli.Pull;
using Dlict.Cli.Pull.Folder;
using Dlict.Etl.Loading;
using NodaTime;

namespace Dlict.Tests.Cli.Pull;

public class FolderSourceTests
{
    private static readonly DateTime HourAgo = DateTime.UtcNow.AddHours(-1);

    [Test]
    public void New_and_changed_files_are_copied_a_growing_one_waits_and_the_folder_is_left_as_it_was()
    {
        using var w = new TestWarehouse();
        using var share = new TempDir();
        var stable = Write(share, "ส่งข้อมูล/equipment.csv", "a,b\n1,2\n", HourAgo);
        Write(share, "notes.docx", "not data", HourAgo);
        var growing = share.File("training.csv");
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            await using var stream = new FileStream(growing, FileMode.Create, FileAccess.Write, FileShare.ReadWrite);
            while (!stop.IsCancellationRequested)
            {
                await stream.WriteAsync("x,y\n"u8.ToArray());
                await stream.FlushAsync();
                await Task.Delay(50);
            }
        });
        while (!File.Exists(growing) || new FileInfo(growing).Length == 0) Thread.Sleep(10);
        var source = new FolderPullSource("file-server", share.Path, SystemClock.Instance, null, null);

        var first = Run(w, source);
        stop.Cancel();
        writer.Wait();

        Assert.That(first.Fetch.Outcome, Is.EqualTo(FetchOutcomes.New), first.Fetch.Message);
        Assert.That(first.Fetch.Files.Select(f => (f.Name, f.Origin, f.Size)), Is.EqualTo(new[] { ("equipment.csv", "ส่งข้อมูล/equipment.csv", 8L) }));
        Assert.That(first.Fetch.Files[0].ArrivedAt, Is.EqualTo(Seconds(Dlict.Warehouse.BangkokTime.FromUtc(HourAgo))), "arrival = write time");
        Assert.That(first.Fetch.Message, Does.Contain("1 file(s) still being written wait for the next pull: training.csv"));
        Assert.That(File.ReadAllText(stable), Is.EqualTo("a,b\n1,2\n"));
        Assert.That(File.GetLastWriteTimeUtc(stable), Is.EqualTo(HourAgo), "never altered at the source");
        Assert.That(Directory.GetFiles(share.Path, "*", SearchOption.AllDirectories), Has.Length.EqualTo(3), "nothing moved or added");

        File.SetLastWriteTimeUtc(growing, HourAgo);
        File.SetLastWriteTimeUtc(stable, HourAgo.AddMinutes(5)); // touched, same bytes
        var second = Run(w, source);
        Assert.That(second.Fetch.Files.Select(f => f.Origin), Is.EqualTo(new[] { "training.csv" }), "the settled file; the touched one is unchanged");
        Assert.That(second.Fetch.Unchanged.Select(f => f.Origin), Is.EqualTo(new[] { "ส่งข้อมูล/equipment.csv" }));

        Write(share, "ส่งข้อมูล/equipment.csv", "a,b\n1,3\n", HourAgo.AddMinutes(10));
        var third = Run(w, source);
        Assert.That(third.Fetch.Files.Select(f => f.Origin), Is.EqualTo(new[] { "ส่งข้อมูล/equipment.csv" }), "changed bytes are copied again");
        Assert.That(Run(w, source).Fetch.Outcome, Is.EqualTo(FetchOutcomes.NotModified));
    }

    [Test]
    public void Nothing_changed_is_not_modified_and_an_unreachable_folder_is_a_recorded_failure()
    {
        using var w = new TestWarehouse();
        using var share = new TempDir();
        Write(share, "a.csv", "a\n1\n", HourAgo);
        var source = new FolderPullSource("file-server", share.Path, SystemClock.Instance, null, null);
        Run(w, source);
        Assert.That(Run(w, source).Fetch.Outcome, Is.EqualTo(FetchOutcomes.NotModified));

        var gone = new FolderPullSource("gone", Path.Combine(share.Path, "unmounted"), SystemClock.Instance, null, null);
        var failed = Run(w, gone).Fetch;
        Assert.That(failed.Outcome, Is.EqualTo(FetchOutcomes.Failed));
        Assert.That(failed.Message, Does.StartWith("เข้าถึงโฟลเดอร์ไม่ได้ / cannot reach the folder "));
        Assert.That(w.Scalar<string>("SELECT outcome FROM v_source_fetches WHERE source = 'gone'"), Is.EqualTo("failed"));
    }

    private static SourceResult Run(TestWarehouse w, PullSource source) =>
        new PullRun(w.Warehouse, new IngestOptions(w.DataDir) { Clock = w.Clock }, SystemClock.Instance).Run([source]).Single();

    private static string Write(TempDir dir, string name, string text, DateTime writtenUtc)
    {
        var path = dir.File(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        File.SetLastWriteTimeUtc(path, writtenUtc);
        return path;
    }

    private static DateTime Seconds(DateTime t) => new(t.Ticks - (t.Ticks % TimeSpan.TicksPerSecond));
}
