using System.Security.Cryptography;

namespace Dlict.Etl.Privacy;

/// <summary>
/// Ties a warehouse to one hash key: the first ingest stores the key's fingerprint (HMAC-SHA256 of a fixed label,
/// which tells nothing about the key), every later ingest must hash with the same key. A key of fewer than
/// 32 bytes is refused outright: it could be guessed, and with it every citizen ID. The check against the
/// warehouse (<c>KeyFingerprint.Check</c>) is in Loading, where the writes are.
/// </summary>
public static class KeyFingerprint
{
    public const int MinimumKeyBytes = 32;

    private static readonly byte[] Label = "dlict student-id hash key fingerprint v1"u8.ToArray();

    public static byte[] Of(HashKey key) => HMACSHA256.HashData(key.Bytes, Label);
}

/// <summary>The hash key is too short or not the warehouse's key (exit 2: a configuration error).</summary>
public sealed class HashKeyRefusedException(string message) : Exception(message);
