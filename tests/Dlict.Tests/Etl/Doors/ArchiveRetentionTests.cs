using Dlict.Cli.Serve;
using Dlict.Etl.Doors;
using Dlict.Etl.Loading;
using Dlict.Tests.Cli;
using Dlict.Tests.Proof;
using NodaTime;
using NodaTime.Testing;

namespace Dlict.Tests.Etl.Doors;

/// <summary><c>archive.keepDays</c> purges files of personal-data kinds and rejected files; `status` lists them first (issue 16 item 9).</summary>
public class ArchiveRetentionTests
{
    private const string Training = "course_code,start_date,person_id,ชื่อ-สกุล,school_code\nDL-01,5/10/2568,1101700230708,นายทดสอบ ระบบ,1041010001\n";
    private const string Enrolment = "school_code,grade,male,female,total,classrooms\n1041010001,ป.1,10,11,21,1\n";

    /// <summary>A registry (2024-05-01), a training roster and an enrolment file (2025-06-01), and a file rejected whole (2025-06-01); the clock says 2025-07-01.</summary>
    private static TestWarehouse Loaded()
    {
        var w = new TestWarehouse();
        w.LoadRegistry(Corpus.Registry);
        w.Drop("training.csv", Training);
        Assert.That(w.Ingest(kind: "training").Files.Single().Status, Is.EqualTo(FileStatus.Loaded));
        w.Drop("e 2568-1.csv", Enrolment);
        w.Drop("junk 2568-1.csv", "no table here\n");
        w.Ingest();
        return w;
    }

    /// <summary>24 days after <see cref="Loaded"/>'s runs (2025-07-01).</summary>
    private static readonly FakeClock Later = new(Instant.FromUtc(2025, 7, 25, 3, 0));

    private static IngestOptions Options(TestWarehouse w, int? keepDays) => new(w.DataDir) { Clock = Later, HashKey = w.HashKey, KeepDays = keepDays };

    [Test]
    public void Files_of_personal_kinds_and_rejected_files_older_than_keep_days_are_due_and_the_others_kept()
    {
        using var w = Loaded();

        var due = new Ingestor(w.Warehouse, Options(w, 20)).Retention.Due().Select(p => Path.GetRelativePath(w.DataDir.Root, p));
        var none = new Ingestor(w.Warehouse, Options(w, 40)).Retention.Due();
        var forever = new Ingestor(w.Warehouse, Options(w, null)).Retention.Due();

        Assert.That(due, Is.EqualTo(new[] { Path.Combine("archive", "training.csv"), Path.Combine("rejected", "junk 2568-1.csv") }));
        Assert.That(none, Is.Empty);
        Assert.That(forever, Is.Empty);
        Assert.That(ArchiveRetention.PersonalKinds, Is.EquivalentTo(new[] { "students", "training", "supervision", "loans", "service_requests" }));
    }

    [Test]
    public void A_file_with_an_old_write_time_rejected_today_is_kept_until_keep_days_after_the_rejection()
    {
        using var w = new TestWarehouse();
        w.Drop("junk 2568-1.csv", "no table here\n", arrivedAt: new DateTime(2024, 1, 1, 9, 0, 0)); // copied with its old time

        var report = new Ingestor(w.Warehouse, new IngestOptions(w.DataDir) { Clock = w.Clock, HashKey = w.HashKey, KeepDays = 20 }).Run();

        Assert.That(report.Purged, Is.Empty);
        Assert.That(File.Exists(Path.Combine(w.DataDir.Rejected, "junk 2568-1.csv")), Is.True, "the officer still has the file to fix");
        Assert.That(new Ingestor(w.Warehouse, Options(w, 20)).Retention.Due().Select(Path.GetFileName), Is.EqualTo(new[] { "junk 2568-1.csv" }),
            "24 days after the rejection it is due");
    }

    [Test]
    public void The_ingest_and_the_serve_ingest_job_purge_and_the_rest_stays()
    {
        using var w = Loaded();
        w.Drop("e2 2568-1.csv", Enrolment.Replace("10,11,21", "10,12,22", StringComparison.Ordinal), arrivedAt: new DateTime(2025, 6, 30, 9, 0, 0));

        var report = new Ingestor(w.Warehouse, Options(w, 20)).Run();

        Assert.That(report.Purged.Select(Path.GetFileName), Is.EqualTo(new[] { "training.csv", "junk 2568-1.csv" }));
        Assert.That(Directory.GetFiles(w.DataDir.Rejected), Is.Empty, "the note went with its file");
        Assert.That(Directory.GetFiles(w.DataDir.Archive).Select(Path.GetFileName).Order(StringComparer.Ordinal),
            Is.EqualTo(new[] { "e 2568-1.csv", "e2 2568-1.csv", "registry.csv" }));

        File.WriteAllText(Path.Combine(w.DataDir.Rejected, "late 2568-1.csv"), "old");
        File.SetLastWriteTimeUtc(Path.Combine(w.DataDir.Rejected, "late 2568-1.csv"), new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var job = new IngestJob(w.Warehouse, Options(w, 20)).Run(CancellationToken.None);
        Assert.That(job.Message, Does.Contain("inbox empty").And.Contain("purged 1 file(s)"));
        Assert.That(Directory.GetFiles(w.DataDir.Rejected), Is.Empty);
    }

    [Test]
    public void Status_lists_what_the_next_ingest_purges_and_a_null_keep_days_keeps_everything()
    {
        using var w = Loaded();

        var (exit, output, error) = CliRun.Invoke("status", "--data-dir", w.DataDir.Root);
        File.WriteAllText(w.DataDir.ConfigFile, """{ "archive": { "keepDays": null } }""");
        var (_, forever, _) = CliRun.Invoke("status", "--data-dir", w.DataDir.Root);

        Assert.That(exit, Is.Zero, error);
        Assert.That(output, Does.Contain("to be purged by the next ingest (archive.keepDays = 90): 2 file(s)"));
        Assert.That(output, Does.Contain(Path.Combine("archive", "training.csv")).And.Contain(Path.Combine("rejected", "junk 2568-1.csv")));
        Assert.That(forever, Does.Contain("archive.keepDays: ไม่กำหนด เก็บตลอดไป / not set, files are kept forever"));
    }
}
