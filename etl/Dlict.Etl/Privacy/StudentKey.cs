using System.Security.Cryptography;
using System.Text;

namespace Dlict.Etl.Privacy;

/// <summary>A student's warehouse key: HMAC-SHA256 of the normalised citizen ID or G-code, as 64 lower-case hex digits.</summary>
public sealed class StudentKey(HashKey key) : IDisposable
{
    // One keyed instance per loader: the key schedule is computed once, not per student (one loader = one thread).
    private readonly HMACSHA256 _hmac = new(key.Bytes);

    /// <summary>The hash as hex (stored) and its first 16 bytes (for in-memory duplicate checks).</summary>
    public (string Hex, UInt128 Short) Of(string normalisedId)
    {
        Span<byte> input = stackalloc byte[32];
        var length = Encoding.ASCII.GetBytes(normalisedId, input);
        Span<byte> hash = stackalloc byte[32];
        _hmac.TryComputeHash(input[..length], hash, out _);
        return (Convert.ToHexStringLower(hash), System.Buffers.Binary.BinaryPrimitives.ReadUInt128LittleEndian(hash));
    }

    public void Dispose() => _hmac.Dispose();
}
