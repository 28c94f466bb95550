using System.Security.Cryptography;

namespace Dlict.Cli.Pull;

/// <summary>
/// Where a source's bytes wait while they arrive: a hidden file (<c>.pull-….part</c>, which no ingest picks up) in
/// the source's own inbox folder, so that the hand-over is one rename on the same disk. A failed fetch deletes it.
/// </summary>
public sealed class Staging(string folder)
{
    public string Folder => folder;

    public string NewPath()
    {
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, $".pull-{Guid.NewGuid():N}.part");
    }

    public static void Discard(string path)
    {
        try { File.Delete(path); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    public static void Discard(IEnumerable<PulledFile> files)
    {
        foreach (var file in files) Discard(file.StagedPath);
    }

    public static string HashOf(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
