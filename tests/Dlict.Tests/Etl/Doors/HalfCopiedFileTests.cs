using Dlict.Etl.Doors;
using Dlict.Etl.Kinds;
using Dlict.Etl.Kinds.Enrolment;
using Dlict.Etl.Loading;
using Dlict.Etl.Pipeline;
using Dlict.Etl.Reading;
using Dlict.Etl.Sources;
using Dlict.Tests.Proof;
using Dlict.Warehouse;
using NodaTime;
using NodaTime.Testing;

namespace Dlict.Tests.Etl.Doors;

/// <summary>A file still being copied waits for the next run; a file that grows while it is loaded never commits (issue 16 item 3).</summary>
public class HalfCopiedFileTests
{
    private const string Csv = "school_code,grade,male,female,total,classrooms\n1041010001,ป.1,10,11,21,1\n1041010002,ป.1,5,5,10,1\n";
    private static readonly DateTime Arrived = new(2025, 6, 1, 9, 0, 0);

    [Test]
    public void A_file_written_two_seconds_ago_waits_and_loads_on_the_next_run()
    {
        using var w = new TestWarehouse();
        w.LoadRegistry(Corpus.Registry);
        w.Drop("e 2568-1.csv", Csv, arrivedAt: Arrived);
        var written = Instant.FromDateTimeUtc(BangkokTime.ToUtc(Arrived));
        w.Clock = new FakeClock(written + Duration.FromSeconds(2));

        var first = w.Ingest().Files.Single();
        w.Clock = new FakeClock(written + Duration.FromSeconds(6));
        var second = w.Ingest().Files.Single();

        Assert.That(first.Status, Is.EqualTo(FileStatus.Left));
        Assert.That(first.Message, Does.Contain("written less than 5 s ago").And.Contain("waits for the next run"));
        Assert.That(second.Status, Is.EqualTo(FileStatus.Loaded), second.Message);
        Assert.That(second.RowsLoaded, Is.EqualTo(2));
        Assert.That(w.Query<long>("SELECT files_skipped FROM etl_run ORDER BY run_id"), Is.EqualTo(new long[] { 0, 1, 0 }));
    }

    [Test]
    public void The_settle_time_is_a_setting_and_zero_loads_at_once()
    {
        using var w = new TestWarehouse();
        w.LoadRegistry(Corpus.Registry);
        var path = w.Drop("e 2568-1.csv", Csv, arrivedAt: Arrived);
        var options = new IngestOptions(w.DataDir) { Clock = new FakeClock(Instant.FromDateTimeUtc(BangkokTime.ToUtc(Arrived))), HashKey = w.HashKey };

        Assert.That(new Ingestor(w.Warehouse, options).Run().Files.Single().Status, Is.EqualTo(FileStatus.Left));
        Assert.That(new Ingestor(w.Warehouse, options with { SettleTime = TimeSpan.Zero }).Run().Files.Single().Status, Is.EqualTo(FileStatus.Loaded));
        Assert.That(File.Exists(path), Is.False);
    }

    [Test]
    public void Dlict_ingest_says_a_file_just_written_waits_for_the_next_run()
    {
        using var w = new TestWarehouse();
        File.WriteAllText(Path.Combine(w.DataDir.Inbox, "registry.csv"), "school_code,school_name\n1041010001,บ้านหนึ่ง\n");

        var (exit, output, error) = Dlict.Tests.Cli.CliRun.Invoke("ingest", "--data-dir", w.DataDir.Root);

        Assert.That(exit, Is.Zero, error);
        Assert.That(output, Does.Contain("left     registry.csv").And.Contain("waits for the next run").And.Contain("left in the inbox for the next run: 1"));
        Assert.That(File.Exists(Path.Combine(w.DataDir.Inbox, "registry.csv")));
    }

    [TestCase(false, TestName = "A file that grows during its streamed load commits nothing and stays in the inbox")]
    [TestCase(true, TestName = "A file that grows during its checked load commits nothing and stays in the inbox")]
    public void A_file_that_grows_while_it_is_loaded_never_commits(bool checkedWay)
    {
        using var w = new TestWarehouse();
        w.LoadRegistry(Corpus.Registry);
        var path = w.Drop("e 2568-1.csv", Csv, arrivedAt: Arrived);
        if (checkedWay) File.WriteAllText(path, Csv.Replace("\n", "\r\n", StringComparison.Ordinal), TestWarehouse.Windows874); // not UTF-8: the checked way
        var options = new IngestOptions(w.DataDir) { Clock = w.Clock, HashKey = w.HashKey };
        var runId = new Lineage(w.Warehouse).StartRun(new DateTime(2025, 7, 1, 10, 0, 0), "test");
        var pipeline = new FilePipeline(w.Warehouse, options, [new StillCopied(path)]);
        var file = new InboxDoor(options).Open(path);

        var outcome = file.Settle(pipeline.Load(runId, file.Source, file));

        Assert.That(outcome.Status, Is.EqualTo(FileStatus.Left), outcome.Message);
        Assert.That(outcome.Message, Does.Contain("changed while it was being loaded"));
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM fact_enrolment"), Is.Zero);
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM etl_file WHERE file_name = 'e 2568-1.csv'"), Is.Zero);
        Assert.That(File.Exists(path), "the file stays in the inbox");
        Assert.That(Directory.GetFiles(w.DataDir.Archive).Select(Path.GetFileName), Is.EqualTo(new[] { "registry.csv" }), "no placeholder left behind");
    }

    /// <summary>The enrolment loader, while the copy that makes the file goes on: a row is appended before the rows are read.</summary>
    private sealed class StillCopied(string path) : IKindLoader
    {
        private readonly EnrolmentLoader _inner = new();

        public KindSchema Schema => _inner.Schema;

        public SheetLoad Load(LoadContext context, HeaderMatch header, IReadOnlyList<RawRow> aboveHeader, IEnumerable<RawRow> rows, string? sheet)
        {
            File.AppendAllText(path, "1041010003,ป.2,1,2,3,1\n");
            return _inner.Load(context, header, aboveHeader, rows, sheet);
        }
    }
}
