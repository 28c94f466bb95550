using System.Security.Cryptography;
using Dlict.Etl.Sources;

namespace Dlict.Etl.Loading;

/// <summary>A file as lineage records it: its display name, content hash, size and arrival time (Bangkok local).</summary>
public sealed record IncomingFile(string Name, string Sha256, long Size, DateTime ReceivedAt)
{
    /// <summary>The file with its hash, read from a fresh stream of the source.</summary>
    public static IncomingFile Inspect(FileSource source)
    {
        using var stream = source.Open();
        return Unhashed(source) with { Sha256 = HashOf(stream), Size = stream.Length };
    }

    /// <summary>The file without its hash (<see cref="Sha256"/> empty), for a reader that hashes the bytes as it reads them.</summary>
    public static IncomingFile Unhashed(FileSource source) => new(source.DisplayName, "", source.Size, source.ArrivedAt);

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
