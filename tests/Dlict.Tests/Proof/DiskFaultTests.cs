using Dlict.Etl.Loading;
using Dlict.Tests.Cli;

namespace Dlict.Tests.Proof;

/// <summary>Unwritable or odd places: a clear message, exit 1 or 3, and nothing half done (the file stays in the inbox).</summary>
[Category("Proof")]
public class DiskFaultTests
{
    private const string Enrolment = "school_code,grade,male,female\n1041010001,ป.1,10,11\n";

    [Test]
    public void A_warehouse_path_that_is_a_directory_fails_with_exit_3_and_leaves_the_file_in_the_inbox()
    {
        using var w = new TestWarehouse();
        var path = w.Drop("e 2568-1.csv", Enrolment);
        var directory = Path.Combine(w.DataDir.Root, "not-a-file.db");
        Directory.CreateDirectory(directory);

        var (exit, output, error) = CliRun.Invoke("ingest", "--data-dir", w.DataDir.Root, "--connection", $"Data Source={directory}");

        Assert.That(exit, Is.EqualTo(3), output + error);
        Assert.That(error, Does.Contain("warehouse").IgnoreCase);
        Assert.That(File.Exists(path), "the file left the inbox without being loaded");
    }

    [Test]
    public void A_data_folder_that_cannot_be_created_fails_with_a_message_not_a_crash()
    {
        var (exit, output, error) = CliRun.Invoke("ingest", "--data-dir", "/proc/dlict-proof-" + Guid.NewGuid().ToString("N")[..8]);

        Assert.That(exit, Is.AnyOf(1, 3), output + error);
        Assert.That(error, Is.Not.Empty.And.Not.Contain("   at "), "a stack trace instead of a message");
    }

    [Test]
    public void A_warehouse_file_that_is_not_a_database_fails_with_exit_3_and_changes_nothing()
    {
        using var dir = new TempDir();
        var data = new DataDirectory(dir.Path);
        data.Create();
        File.WriteAllText(data.WarehouseFile, "this is not a SQLite database, it is a note someone saved here");
        var inbox = Path.Combine(data.Inbox, "e 2568-1.csv");
        File.WriteAllText(inbox, Enrolment);

        var (exit, output, error) = CliRun.Invoke("ingest", "--data-dir", dir.Path);

        Assert.That(exit, Is.EqualTo(3), output + error);
        Assert.That(error, Is.Not.Empty.And.Not.Contain("   at "));
        Assert.That(File.Exists(inbox));
        Assert.That(File.ReadAllText(data.WarehouseFile), Does.StartWith("this is not"));
    }

    [Test]
    public void A_missing_inbox_is_created_and_the_run_says_there_was_nothing_to_do()
    {
        using var w = new TestWarehouse();
        Directory.Delete(w.DataDir.Inbox, recursive: true);

        var (exit, output, _) = CliRun.Invoke("ingest", "--data-dir", w.DataDir.Root);

        Assert.That(exit, Is.EqualTo(0));
        Assert.That(Directory.Exists(w.DataDir.Inbox));
        Assert.That(output, Does.Contain("no files"));
    }

    [Test]
    public void A_held_ingest_lock_refuses_a_second_ingest_with_exit_1_and_loads_nothing()
    {
        using var w = new TestWarehouse();
        w.LoadRegistry(Corpus.Registry);
        var path = w.Drop("e 2568-1.csv", Enrolment);

        using (IngestLock.Acquire(w.DataDir))
        {
            var (exit, _, error) = CliRun.Invoke("ingest", "--data-dir", w.DataDir.Root);
            Assert.That(exit, Is.EqualTo(1));
            Assert.That(error, Does.Contain("Another ingest is running"));
        }

        Assert.That(File.Exists(path));
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM fact_enrolment"), Is.Zero);
        Assert.That(CliRun.Invoke("ingest", "--data-dir", w.DataDir.Root).Exit, Is.EqualTo(0), "the lock is released");
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM fact_enrolment"), Is.EqualTo(1));
    }
}
