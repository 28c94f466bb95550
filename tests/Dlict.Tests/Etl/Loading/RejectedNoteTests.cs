using Dlict.Etl.Loading;
using Dlict.Tests.Cli;
using Dlict.Tests.Proof;

namespace Dlict.Tests.Etl.Loading;

/// <summary>The <c>.error.txt</c> of a rejected file goes when the file later loads; a file outside the inbox is never moved (issue 17 item 12).</summary>
public class RejectedNoteTests
{
    private const string Valid = "school_code,grade,male,female,total,classrooms\n1041010001,ป.1,10,11,21,1\n";
    private const string Broken = "a note, no table\n";
    private const string Name = "e 2568-1.csv";

    [Test]
    public void A_rejected_file_put_back_in_the_inbox_and_loaded_loses_its_stale_note()
    {
        using var w = new TestWarehouse();
        w.LoadRegistry(Corpus.Registry);
        w.Drop(Name, Broken);
        Assert.That(w.Ingest().Files.Single().Status, Is.EqualTo(FileStatus.Rejected));
        var note = Path.Combine(w.DataDir.Rejected, Name + ".error.txt");
        Assert.That(File.Exists(note));

        File.Delete(Path.Combine(w.DataDir.Rejected, Name)); // the officer takes it back, mends it and drops it in again
        w.Drop(Name, Valid, arrivedAt: new DateTime(2025, 6, 2, 9, 0, 0));
        var outcome = w.Ingest().Files.Single();

        Assert.That(outcome.Status, Is.EqualTo(FileStatus.Loaded), outcome.Message);
        Assert.That(File.Exists(note), Is.False, "the stale note stayed");
        Assert.That(Directory.GetFileSystemEntries(w.DataDir.Rejected), Is.Empty);
    }

    [Test]
    public void A_rejected_file_mended_in_place_and_loaded_by_path_moves_to_archive_without_its_note()
    {
        using var w = new TestWarehouse();
        w.LoadRegistry(Corpus.Registry);
        w.Drop(Name, Broken);
        w.Ingest();
        var rejected = Path.Combine(w.DataDir.Rejected, Name);
        File.WriteAllText(rejected, Valid);

        var (exit, output, error) = CliRun.Invoke("ingest", rejected, "--data-dir", w.DataDir.Root);

        Assert.That(exit, Is.Zero, output + error);
        Assert.That(output, Does.Contain("loaded   e 2568-1.csv"));
        Assert.That(Directory.GetFileSystemEntries(w.DataDir.Rejected), Is.Empty, "file and note left rejected/");
        Assert.That(File.ReadAllText(Path.Combine(w.DataDir.Archive, Name)), Is.EqualTo(Valid));
    }

    [Test]
    public void A_file_outside_the_inbox_that_is_rejected_has_its_reason_printed_and_recorded_and_stays()
    {
        using var w = new TestWarehouse();
        using var elsewhere = new TempDir();
        var path = elsewhere.File(Name);
        File.WriteAllText(path, Broken);

        var (exit, output, error) = CliRun.Invoke("ingest", path, "--data-dir", w.DataDir.Root);

        Assert.That(exit, Is.EqualTo(1), output + error);
        Assert.That(output, Does.Contain("rejected e 2568-1.csv").And.Contain("no recognisable header row").And.Contain("ไม่พบแถวหัวตาราง"));
        Assert.That(w.Scalar<string>("SELECT status || ': ' || message FROM etl_file WHERE file_name = @Name", new { Name }), Does.StartWith("rejected: ไม่พบแถวหัวตาราง"));
        Assert.That(File.ReadAllText(path), Is.EqualTo(Broken));
        Assert.That(Directory.GetFiles(elsewhere.Path).Select(Path.GetFileName), Is.EqualTo(new[] { Name }), "no note written outside the data folder");
        Assert.That(Directory.GetFileSystemEntries(w.DataDir.Rejected), Is.Empty);
    }
}
