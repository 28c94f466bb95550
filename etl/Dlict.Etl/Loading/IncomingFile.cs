using System.Security.Cryptography;
using Dlict.Warehouse;

namespace Dlict.Etl.Loading;

/// <summary>A file found in the inbox: its path, content hash, size and arrival time (mtime, Bangkok local).</summary>
public sealed record IncomingFile(string Path, string Name, string Sha256, long Size, DateTime ReceivedAt)
{
    public static IncomingFile Inspect(string path, string inbox)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        return Unhashed(path, inbox) with { Sha256 = HashOf(stream), Size = stream.Length };
    }

    /// <summary>The file without its hash (<see cref="Sha256"/> empty), for a reader that hashes the bytes as it reads them.</summary>
    public static IncomingFile Unhashed(string path, string inbox)
    {
        var info = new FileInfo(path);
        return new IncomingFile(path, NameOf(path, inbox), "", info.Length, BangkokTime.FromUtc(info.LastWriteTimeUtc));
    }

    /// <summary>The name lineage keeps: the path under the inbox with <c>/</c> between folders (a <c>\</c> inside a Linux name stays), else the bare name.</summary>
    public static string NameOf(string path, string inbox)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (!Files.ContainedPath.IsInside(full, inbox)) return System.IO.Path.GetFileName(full);
        var relative = System.IO.Path.GetRelativePath(System.IO.Path.GetFullPath(inbox), full);
        return System.IO.Path.DirectorySeparatorChar == '/' ? relative : relative.Replace(System.IO.Path.DirectorySeparatorChar, '/');
    }

    /// <summary>In 1 MB reads: SHA256.HashData(stream) reads 4 KB at a time (a 560 MB roster: 0.60 → 0.40 s).</summary>
    private static string HashOf(Stream stream)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(1 << 20);
        try
        {
            int read;
            while ((read = stream.Read(buffer)) > 0) sha.AppendData(buffer, 0, read);
            return Convert.ToHexStringLower(sha.GetHashAndReset());
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
