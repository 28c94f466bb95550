using Dlict.Etl.Loading;
using Dlict.Tests.Proof;

namespace Dlict.Tests.Etl.Loading;

/// <summary>The data folders and the rosters kept in archive/ and rejected/ are owner-only on Unix (issue 16 item 9).</summary>
public class DataFolderModeTests
{
    private const UnixFileMode Folder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode Document = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    [Test]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void New_folders_are_0700_archived_and_rejected_files_and_notes_0600_and_an_old_archive_is_narrowed()
    {
        if (OperatingSystem.IsWindows()) Assert.Ignore("Windows: the data folder's ACL decides (docs/privacy.md)");
        using var dir = new TempDir();
        var data = new DataDirectory(Path.Combine(dir.Path, "data"));
        Directory.CreateDirectory(data.Archive);
        File.SetUnixFileMode(data.Archive, Folder | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        data.Create();
        using var w = new TestWarehouse();
        w.LoadRegistry(Corpus.Registry);
        w.Drop("junk 2568-1.csv", "no table\n");
        w.Ingest();

        var fresh = new DataDirectory(Path.Combine(dir.Path, "fresh"));
        fresh.Create();

        Assert.That(new[] { data.Inbox, data.Archive, data.Rejected, data.Out, fresh.Root }.Select(File.GetUnixFileMode), Is.All.EqualTo(Folder));
        Assert.That(File.GetUnixFileMode(Path.Combine(w.DataDir.Archive, "registry.csv")), Is.EqualTo(Document));
        Assert.That(File.GetUnixFileMode(Path.Combine(w.DataDir.Rejected, "junk 2568-1.csv")), Is.EqualTo(Document));
        Assert.That(File.GetUnixFileMode(Path.Combine(w.DataDir.Rejected, "junk 2568-1.csv.error.txt")), Is.EqualTo(Document));
    }
}
