using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Dlict.Etl.Privacy;

/// <summary>
/// HMAC-SHA256 under one key for millions of short messages (student IDs). HMAC starts every message from the same
/// two SHA-256 states (key XOR ipad, key XOR opad), so they are computed once, into libcrypto digest contexts that
/// libcrypto allocates and frees (<see cref="DigestContext"/>), and each ID copies them and hashes two blocks.
/// .NET's HMACSHA256 (OpenSSL's MAC layer: a context made, keyed and freed per call) costs several times as much an
/// ID. Elsewhere, or if libcrypto is missing or disagrees with .NET on a known answer, HMACSHA256 does the work.
/// One instance per thread.
/// </summary>
public sealed class KeyedSha256 : IDisposable
{
    private const int BlockBytes = 64;
    private readonly DigestContext? _inner, _outer, _work;
    private readonly HMACSHA256? _fallback;
    private IntPtr _innerHeld, _outerHeld, _workHeld; // the contexts' addresses, read only while this holds a reference on each
    private bool _disposed;

    public KeyedSha256(byte[] key)
    {
        if (LibCryptoUsable && Prepare(key, out _inner, out _outer, out _work))
        {
            (_innerHeld, _outerHeld, _workHeld) = (Hold(_inner!), Hold(_outer!), Hold(_work!));
            return;
        }
        _fallback = new HMACSHA256(key);
    }

    /// <summary>Takes a reference on the context until <see cref="Dispose"/>: libcrypto cannot free it meanwhile.</summary>
    private static IntPtr Hold(DigestContext context)
    {
        var taken = false;
        context.DangerousAddRef(ref taken);
        return context.DangerousGetHandle();
    }

    /// <summary>Whether the libcrypto path is in use (for tests and the performance notes).</summary>
    public bool UsesLibCrypto => _fallback is null;

    private static bool LibCryptoUsable => OperatingSystem.IsLinux() && NativeLibrary.TryLoad(DigestContext.Library, out _);

    public void Hash(ReadOnlySpan<byte> message, Span<byte> hash32)
    {
        if (_fallback is not null)
        {
            _fallback.TryComputeHash(message, hash32, out _);
            return;
        }
        ObjectDisposedException.ThrowIf(_disposed, this);
        Span<byte> innerHash = stackalloc byte[32];
        var ok = DigestContext.Held.Copy(_workHeld, _innerHeld) & DigestContext.Held.Update(_workHeld, message)
                 & DigestContext.Held.Final(_workHeld, innerHash) & DigestContext.Held.Copy(_workHeld, _outerHeld)
                 & DigestContext.Held.Update(_workHeld, innerHash) & DigestContext.Held.Final(_workHeld, hash32);
        if (ok != 1) throw new CryptographicException("libcrypto SHA-256 failed");
    }

    private static bool Prepare(byte[] key, out DigestContext? inner, out DigestContext? outer, out DigestContext? work)
    {
        var block = new byte[BlockBytes];
        (key.Length > BlockBytes ? SHA256.HashData(key) : key).CopyTo(block, 0);
        inner = Start(block, 0x36);
        outer = Start(block, 0x5c);
        work = DigestContext.StartSha256();
        if (inner is null || outer is null || work is null) return false;
        // A known answer before trusting the native path with the warehouse's keys.
        ReadOnlySpan<byte> probe = "1101700230705"u8;
        Span<byte> mine = stackalloc byte[32];
        var ok = work.CopyFrom(inner) & work.Update(probe) & work.Final(mine);
        ok &= work.CopyFrom(outer) & work.Update(mine) & work.Final(mine);
        return ok == 1 && mine.SequenceEqual(HMACSHA256.HashData(key, probe));
    }

    private static DigestContext? Start(byte[] keyBlock, byte pad)
    {
        Span<byte> padded = stackalloc byte[BlockBytes];
        for (var i = 0; i < BlockBytes; i++) padded[i] = (byte)(keyBlock[i] ^ pad);
        var state = DigestContext.StartSha256();
        if (state is null || state.Update(padded) == 1) return state;
        state.Dispose();
        return null;
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        if (_workHeld != IntPtr.Zero)
        {
            (_innerHeld, _outerHeld, _workHeld) = (IntPtr.Zero, IntPtr.Zero, IntPtr.Zero);
            _inner!.DangerousRelease();
            _outer!.DangerousRelease();
            _work!.DangerousRelease();
        }
        _fallback?.Dispose();
        _inner?.Dispose();
        _outer?.Dispose();
        _work?.Dispose();
    }
}
