using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Text;

namespace Dlict.Etl.Privacy;

/// <summary>A student's warehouse key: HMAC-SHA256 of the normalised citizen ID or G-code, 32 bytes (shown as 64 hex digits).</summary>
public sealed class StudentKey(HashKey key) : IDisposable
{
    // One keyed instance per reader: the key's states are computed once, not per student (one instance = one thread).
    private readonly KeyedSha256 _hmac = new(key.Bytes);

    /// <summary>The hash (stored) and its first 8 bytes (for in-memory duplicate checks inside one school).</summary>
    public (StudentKeyBytes Bytes, ulong Short) Of(string normalisedId)
    {
        Span<byte> input = stackalloc byte[32];
        var length = Encoding.ASCII.GetBytes(normalisedId, input);
        var hash = new StudentKeyBytes();
        _hmac.Hash(input[..length], hash);
        return (hash, BinaryPrimitives.ReadUInt64LittleEndian(hash));
    }

    public void Dispose() => _hmac.Dispose();
}

/// <summary>The 32 bytes of a student key, held inline (no array per student).</summary>
[InlineArray(32)]
public struct StudentKeyBytes
{
    private byte _first;

    /// <summary>64 lower-case hex digits, as the views show the key.</summary>
    public override readonly string ToString() => Convert.ToHexStringLower(this);
}
