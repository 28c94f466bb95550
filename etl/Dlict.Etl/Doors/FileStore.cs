using System.Text;
using Dlict.Etl.Files;
using Dlict.Etl.Loading;

namespace Dlict.Etl.Doors;

/// <summary>
/// Moves files out of the inbox: loaded (or already loaded) ones to archive/, rejected ones to rejected/ with a reason.
/// Every destination is a name we make (<see cref="SafeFileName"/>, room left for <c>.error.txt</c>) checked to lie
/// inside its folder, and is reserved before a file's rows are committed, so nothing is kept that cannot be archived.
/// A file loaded from rejected/ moves to archive/ and its stale <c>.error.txt</c> goes.
/// </summary>
public sealed class FileStore(DataDirectory dataDir, bool moveFiles = true)
{
    public const string NoteSuffix = ".error.txt";

    private const int NameBytes = SafeFileName.MaxBytes - 10; // ".error.txt"

    /// <summary>
    /// An empty placeholder in archive/ for the file at <paramref name="path"/>, or null when the file stays where it is
    /// (given by path); <paramref name="sha256"/> tags the name when the plain one is taken.
    /// </summary>
    public Destination? ReserveArchive(string path, string sha256) => Reserve(path, sha256, dataDir.Archive);

    public void Archive(string path, string sha256)
    {
        using var destination = ReserveArchive(path, sha256);
        Settle(path, destination);
    }

    /// <summary>Moves the file into its reserved place and removes an error note a rejection left for it.</summary>
    public void Settle(string path, Destination? destination)
    {
        destination?.MoveIn(path);
        var stale = Note(StaleNoteFor(path));
        if (stale is not null && File.Exists(stale)) File.Delete(stale);
    }

    public void Reject(string path, string sha256, string reason)
    {
        using var destination = Reserve(path, sha256, dataDir.Rejected);
        destination?.MoveIn(path);
        var note = Note(destination?.Path ?? (ContainedPath.IsInside(path, dataDir.Rejected) ? path : null));
        if (note is null) return;
        File.WriteAllText(note, reason + Environment.NewLine, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        OwnerOnly.Restrict(note);
    }

    private static string? Note(string? path) => path is null ? null : path + NoteSuffix;

    /// <summary>The file itself when it lies in rejected/; for an inbox file, a note in rejected/ under its name with no file beside it.</summary>
    private string? StaleNoteFor(string path)
    {
        if (ContainedPath.IsInside(path, dataDir.Rejected)) return path;
        if (!ContainedPath.IsInside(path, dataDir.Inbox)) return null;
        var twin = ContainedPath.Of(dataDir.Rejected, Segments(path, dataDir.Inbox), NameBytes);
        return File.Exists(twin) ? null : twin;
    }

    private Destination? Reserve(string path, string sha256, string folder)
    {
        var from = new[] { dataDir.Inbox, dataDir.Rejected }.FirstOrDefault(f => ContainedPath.IsInside(path, f));
        if (!moveFiles || from is null || from == folder) return null;
        var segments = Segments(path, from);
        var directory = segments.Length == 1 ? Path.GetFullPath(folder) : ContainedPath.Of(folder, segments[..^1]);
        Directory.CreateDirectory(directory);
        var name = SafeFileName.Clean(segments[^1], NameBytes);
        var extension = Encoding.UTF8.GetByteCount(Path.GetExtension(name)) <= 16 ? Path.GetExtension(name) : "";
        var stem = name[..^extension.Length];
        var tag = sha256.Length >= 8 ? sha256[..8] : "copy";
        for (var n = 0; n < 1000; n++)
        {
            var suffix = n == 0 ? extension : $".{tag}{(n > 1 ? $"-{n}" : "")}{extension}";
            var candidate = ContainedPath.Checked(folder, Path.Combine(directory, n == 0 ? name : SafeFileName.Fit(stem, NameBytes - Encoding.UTF8.GetByteCount(suffix)) + suffix));
            if (Destination.TryReserve(candidate) is { } reserved) return reserved;
        }
        throw new IOException($"no free name in {folder} for {name}");
    }

    private static string[] Segments(string path, string root) =>
        Path.GetRelativePath(Path.GetFullPath(root), Path.GetFullPath(path)).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
}
