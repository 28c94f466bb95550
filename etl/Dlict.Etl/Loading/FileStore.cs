using System.Text;

namespace Dlict.Etl.Loading;

/// <summary>Moves files out of the inbox: loaded (or already loaded) ones to archive/, rejected ones to rejected/ with a reason.</summary>
public sealed class FileStore(DataDirectory dataDir, bool moveFiles = true)
{
    public void Archive(IncomingFile file) => Move(file, dataDir.Archive);

    public void Reject(IncomingFile file, string reason)
    {
        var target = Move(file, dataDir.Rejected);
        if (target is not null)
            File.WriteAllText(target + ".error.txt", reason + Environment.NewLine, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
    }

    private string? Move(IncomingFile file, string folder)
    {
        if (!moveFiles || !IsInside(file.Path, dataDir.Inbox)) return null;
        var target = Path.Combine(folder, file.Name);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (File.Exists(target))
            target = Path.Combine(Path.GetDirectoryName(target)!,
                $"{Path.GetFileNameWithoutExtension(target)}.{file.Sha256[..8]}{Path.GetExtension(target)}");
        File.Move(file.Path, target, overwrite: true);
        return target;
    }

    private static bool IsInside(string path, string folder) =>
        Path.GetFullPath(path).StartsWith(Path.GetFullPath(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
