using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Dlict.Etl.Privacy;

/// <summary>
/// HMAC-SHA256 under one key for millions of short messages (student IDs). HMAC starts every message from the same
/// two SHA-256 states (key XOR ipad, key XOR opad), so they are computed once and each ID costs two SHA-256 blocks.
/// On Linux those go straight through libcrypto's SHA256 functions: 120 ns an ID here, where .NET's HMACSHA256
/// (OpenSSL's EVP layer: a context reset, an error-queue clear and a free per call) takes 560 ns, a tenth of a
/// national roster load. Elsewhere, or if libcrypto is missing or disagrees with .NET on a known answer,
/// HMACSHA256 does the work. One instance per thread.
/// </summary>
public sealed class KeyedSha256 : IDisposable
{
    private const int BlockBytes = 64, StateBytes = 128; // SHA256_CTX is 112 bytes in OpenSSL 1.1 and 3
    private readonly byte[] _inner = new byte[StateBytes], _outer = new byte[StateBytes], _work = new byte[StateBytes];
    private readonly HMACSHA256? _fallback;

    public KeyedSha256(byte[] key)
    {
        if (!LibCrypto.Usable || !Prepare(key)) _fallback = new HMACSHA256(key);
    }

    /// <summary>Whether the libcrypto path is in use (for tests and the performance notes).</summary>
    public bool UsesLibCrypto => _fallback is null;

    public void Hash(ReadOnlySpan<byte> message, Span<byte> hash32)
    {
        if (_fallback is not null)
        {
            _fallback.TryComputeHash(message, hash32, out _);
            return;
        }
        Span<byte> innerHash = stackalloc byte[32];
        _inner.CopyTo(_work);
        var ok = LibCrypto.SHA256_Update(_work, ref MemoryMarshal.GetReference(message), (nuint)message.Length)
                 & LibCrypto.SHA256_Final(ref MemoryMarshal.GetReference(innerHash), _work);
        _outer.CopyTo(_work);
        ok &= LibCrypto.SHA256_Update(_work, ref MemoryMarshal.GetReference(innerHash), 32)
              & LibCrypto.SHA256_Final(ref MemoryMarshal.GetReference(hash32), _work);
        if (ok != 1) throw new CryptographicException("libcrypto SHA256 failed");
    }

    private bool Prepare(byte[] key)
    {
        var block = new byte[BlockBytes];
        (key.Length > BlockBytes ? SHA256.HashData(key) : key).CopyTo(block, 0);
        Start(_inner, block, 0x36);
        Start(_outer, block, 0x5c);
        // A known answer before trusting the native path with the warehouse's keys.
        ReadOnlySpan<byte> probe = "1101700230705"u8;
        Span<byte> mine = stackalloc byte[32];
        Hash(probe, mine);
        return mine.SequenceEqual(HMACSHA256.HashData(key, probe));
    }

    private static void Start(byte[] state, byte[] keyBlock, byte pad)
    {
        var padded = new byte[BlockBytes];
        for (var i = 0; i < BlockBytes; i++) padded[i] = (byte)(keyBlock[i] ^ pad);
        if ((LibCrypto.SHA256_Init(state) & LibCrypto.SHA256_Update(state, ref padded[0], BlockBytes)) != 1)
            throw new CryptographicException("libcrypto SHA256 failed");
    }

    public void Dispose() => _fallback?.Dispose();

    private static class LibCrypto
    {
        private const string Library = "libcrypto.so.3";

        public static readonly bool Usable = OperatingSystem.IsLinux() && NativeLibrary.TryLoad(Library, out _);

        [DllImport(Library)]
        public static extern int SHA256_Init(byte[] context);

        [DllImport(Library)]
        public static extern int SHA256_Update(byte[] context, ref byte data, nuint length);

        [DllImport(Library)]
        public static extern int SHA256_Final(ref byte digest, byte[] context);
    }
}
