using System.Security.Cryptography;
using Dlict.Warehouse;

namespace Dlict.Etl.Loading;

/// <summary>A file found in the inbox: its path, content hash, size and arrival time (mtime, Bangkok local).</summary>
public sealed record IncomingFile(string Path, string Name, string Sha256, long Size, DateTime ReceivedAt)
{
    public static IncomingFile Inspect(string path, string inbox)
    {
        using var stream = File.OpenRead(path);
        var hash = Convert.ToHexStringLower(SHA256.HashData(stream));
        var relative = System.IO.Path.GetRelativePath(inbox, path);
        var name = relative.StartsWith("..", StringComparison.Ordinal) ? System.IO.Path.GetFileName(path) : relative;
        return new IncomingFile(path, name.Replace('\\', '/'), hash, stream.Length, BangkokTime.FromUtc(File.GetLastWriteTimeUtc(path)));
    }
}
