using System.Diagnostics;
using System.Text;
using Dlict.Etl.Doors;
using Dlict.Etl.Loading;

namespace Dlict.Tests.Proof;

/// <summary>
/// Hostile file names in the inbox (issue 16 items 1, 2 and 4): each stored under a name we made inside its folder,
/// or left where it is; after each, nothing exists outside the data folder and the other file of the inbox loaded.
/// </summary>
[Category("Proof")]
public class HostileNameTests
{
    private const string Other = "other 2568-1.csv";
    private static readonly string ValidCsv = File.ReadAllText(Path.Combine(Corpus.Folder, "valid 2568-1.csv"));
    private const string OtherCsv = "school_code,grade,male,female,total,classrooms\n1041010001,ป.2,7,8,15,1\n";

    [TestCaseSource(typeof(HostileNames), nameof(HostileNames.Cases))]
    public void Is_stored_under_a_name_we_made_and_the_other_file_loads(HostileName c)
    {
        using var w = NestedWarehouse();
        w.Drop(c.Name, c.Valid ? ValidCsv : "a note, no table at all\n");

        var report = w.Ingest();

        var file = report.Files.Single(f => f.Name == c.Name);
        Assert.That(file.Status.ToString().ToLowerInvariant(), Is.EqualTo(c.Outcome), file.Message);
        var stored = Path.Combine(c.Folder == "archive" ? w.DataDir.Archive : w.DataDir.Rejected, c.StoredAs);
        Assert.That(File.Exists(stored), $"{stored} missing; archive: {Listing(w.DataDir.Archive)}; rejected: {Listing(w.DataDir.Rejected)}");
        if (c.Outcome == "rejected")
        {
            Assert.That(File.ReadAllText(stored + ".error.txt"), Does.Contain("no recognisable header row"));
            Assert.That(Encoding.UTF8.GetByteCount(c.StoredAs + ".error.txt"), Is.LessThanOrEqualTo(255));
        }
        Assert.That(w.Scalar<string>("SELECT file_name FROM etl_file WHERE file_name <> 'registry.csv' AND file_name <> @Other", new { Other }), Is.EqualTo(c.Name));
        TheRestOfTheInboxLoaded(w, report);
    }

    [Test]
    public void A_long_Thai_name_loaded_twice_is_archived_twice_and_a_third_copy_is_already_loaded()
    {
        using var w = NestedWarehouse();
        var name = HostileNames.ThaiName(253);
        w.Drop(name, ValidCsv);
        Assert.That(w.Ingest().Files.Single(f => f.Name == name).Status, Is.EqualTo(FileStatus.Loaded));
        w.Drop(name, ValidCsv.Replace("10,11,21", "11,11,22", StringComparison.Ordinal), arrivedAt: new DateTime(2025, 6, 3, 9, 0, 0));
        var second = w.Ingest().Files.Single();
        w.Drop(name, ValidCsv, arrivedAt: new DateTime(2025, 6, 4, 9, 0, 0));
        var third = w.Ingest().Files.Single();

        Assert.That(second.Status, Is.EqualTo(FileStatus.Loaded), second.Message);
        Assert.That(third.Status, Is.EqualTo(FileStatus.Skipped), third.Message);
        var archived = Directory.GetFiles(w.DataDir.Archive).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.That(archived, Has.Count.EqualTo(5), string.Join("\n", archived)); // with the registry and the other file
        Assert.That(archived.Select(n => Encoding.UTF8.GetByteCount(n!)), Is.All.LessThanOrEqualTo(245));
        Assert.That(archived, Has.Member(HostileNames.Fitted(name)));
        Assert.That(w.Scalar<long>("SELECT total FROM v_enrolment WHERE school_code = '1041010001' AND grade = 'ป.1'"), Is.EqualTo(22), "the second file's rows were committed");
        Assert.That(w.Query<string>("SELECT status FROM etl_run"), Is.All.EqualTo("succeeded"));
        Assert.That(Directory.EnumerateFileSystemEntries(w.DataDir.Inbox), Is.Empty);
    }

    [Test]
    public void A_name_in_TIS620_bytes_is_left_with_a_message_and_the_run_goes_on()
    {
        using var w = NestedWarehouse();
        var tis620 = TestWarehouse.Windows874.GetBytes("ข้อมูลนักเรียน 2568-1.csv");
        WriteRawName(w.DataDir.Inbox, tis620, ValidCsv);

        var report = w.Ingest();

        var left = report.Files.Single(f => f.Name != Other);
        Assert.That(left.Status, Is.EqualTo(FileStatus.Left), left.Message);
        Assert.That(left.Message, Does.Contain("not UTF-8").And.Contain("ไม่ใช่ UTF-8"));
        Assert.That(Directory.GetFiles(w.DataDir.Inbox), Has.Length.EqualTo(1), "the file stays in the inbox, untouched");
        TheRestOfTheInboxLoaded(w, report);
    }

    [Test]
    public void Links_to_a_file_and_to_a_folder_are_skipped_once_and_neither_read_nor_moved()
    {
        using var w = NestedWarehouse();
        var secret = Path.Combine(w.Scratch, "secret 2568-1.csv");
        var folder = Path.Combine(w.Scratch, "elsewhere");
        var inner = Path.Combine(folder, "inner 2568-1.csv");
        Directory.CreateDirectory(folder);
        File.WriteAllText(secret, ValidCsv);
        File.WriteAllText(inner, ValidCsv.Replace("10,11,21", "9,11,20", StringComparison.Ordinal));
        File.CreateSymbolicLink(Path.Combine(w.DataDir.Inbox, "link to file 2568-1.csv"), secret);
        Directory.CreateSymbolicLink(Path.Combine(w.DataDir.Inbox, "link to folder"), folder);

        var report = w.Ingest();

        var links = report.Files.Where(f => f.Name != Other).ToList();
        Assert.That(links.Select(f => f.Name), Is.EquivalentTo(new[] { "link to file 2568-1.csv", "link to folder" }));
        Assert.That(links.Select(f => f.Status), Is.All.EqualTo(FileStatus.Skipped));
        Assert.That(links.Select(f => f.Message), Is.All.Contain("not followed"));
        Assert.That(File.ReadAllText(secret), Is.EqualTo(ValidCsv));
        Assert.That(File.Exists(inner), "the linked folder's file stays where it was");
        Assert.That(w.Query<string>("SELECT file_name FROM etl_file ORDER BY file_id"), Is.EqualTo(new[] { "registry.csv", Other }));
        Assert.That(Directory.GetFileSystemEntries(w.DataDir.Inbox), Has.Length.EqualTo(2), "the links stay");
        TheRestOfTheInboxLoaded(w, report, secret, inner, Path.Combine(w.DataDir.Inbox, "link to folder", "inner 2568-1.csv"));
    }

    [Test]
    public void A_file_that_cannot_be_archived_is_rejected_with_nothing_committed()
    {
        using var w = NestedWarehouse();
        w.Drop(Path.Combine("sub", "blocked 2568-1.csv"), ValidCsv);
        File.WriteAllText(Path.Combine(w.DataDir.Archive, "sub"), "a file where archive/sub/ should be");

        var report = w.Ingest();

        var blocked = report.Files.Single(f => f.Name != Other);
        Assert.That(blocked.Status, Is.EqualTo(FileStatus.Rejected), blocked.Message);
        Assert.That(blocked.Message, Does.Contain("cannot be stored in archive/").And.Contain("nothing was loaded"));
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM fact_enrolment"), Is.EqualTo(1), "only the other file's row");
        Assert.That(File.Exists(Path.Combine(w.DataDir.Rejected, "sub", "blocked 2568-1.csv.error.txt")));
        TheRestOfTheInboxLoaded(w, report);
    }

    /// <summary>A data folder four levels down, a registry loaded, and <see cref="Other"/> waiting in the inbox.</summary>
    private static TestWarehouse NestedWarehouse()
    {
        var w = new TestWarehouse(Path.Combine("a", "b", "c", "data"));
        w.LoadRegistry(Corpus.Registry);
        w.Drop(Other, OtherCsv, arrivedAt: new DateTime(2025, 6, 2, 9, 0, 0));
        return w;
    }

    private static void TheRestOfTheInboxLoaded(TestWarehouse w, IngestReport report, params string[] outsideOnPurpose)
    {
        Assert.That(report.Files.Single(f => f.Name == Other).Status, Is.EqualTo(FileStatus.Loaded));
        Assert.That(File.Exists(Path.Combine(w.DataDir.Archive, Other)));
        Assert.That(w.Outside(outsideOnPurpose), Is.Empty, "a file was written outside the data folder");
        Assert.That(w.Query<string>("SELECT status FROM etl_run"), Is.All.AnyOf("succeeded", "completed_with_rejects"));
    }

    private static string Listing(string folder) => string.Join(" | ", Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories));

    /// <summary>.NET cannot make a name that is not UTF-8; python3 writes the raw bytes (skipped without it unless DLICT_REQUIRE_EXTERNAL=1).</summary>
    private static void WriteRawName(string folder, byte[] name, string content)
    {
        if (OperatingSystem.IsWindows() || !OnPath("python3"))
        {
            const string why = "python3 is needed to write a file name that is not UTF-8 (Linux)";
            if (Environment.GetEnvironmentVariable("DLICT_REQUIRE_EXTERNAL") == "1") Assert.Fail(why);
            Assert.Ignore(why);
        }
        var info = new ProcessStartInfo("python3") { RedirectStandardError = true };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add("import os, sys; p = os.path.join(os.fsencode(sys.argv[1]), bytes.fromhex(sys.argv[2])); open(p, 'wb').write(sys.argv[3].encode()); os.utime(p, (1748743200, 1748743200))");
        info.ArgumentList.Add(folder);
        info.ArgumentList.Add(Convert.ToHexString(name));
        info.ArgumentList.Add(content);
        using var python = Process.Start(info)!;
        var error = python.StandardError.ReadToEnd();
        python.WaitForExit();
        Assert.That(python.ExitCode, Is.Zero, error);
    }

    private static bool OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(d => File.Exists(Path.Combine(d, name)));
}
