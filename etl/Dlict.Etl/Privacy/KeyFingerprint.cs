using System.Security.Cryptography;
using Dapper;
using Dlict.Warehouse;

namespace Dlict.Etl.Privacy;

/// <summary>
/// Ties a warehouse to one hash key: the first ingest stores the key's fingerprint (HMAC-SHA256 of a fixed label,
/// which tells nothing about the key), every later ingest must hash with the same key. A key of fewer than
/// 32 bytes is refused outright: it could be guessed, and with it every citizen ID.
/// </summary>
public static class KeyFingerprint
{
    public const int MinimumKeyBytes = 32;

    private static readonly byte[] Label = "dlict student-id hash key fingerprint v1"u8.ToArray();

    public static byte[] Of(HashKey key) => HMACSHA256.HashData(key.Bytes, Label);

    /// <summary>Stores the fingerprint on first use (unless <paramref name="store"/> is false: a check writes nothing); throws <see cref="HashKeyRefusedException"/> for a short or another key.</summary>
    public static void Check(IWarehouse warehouse, HashKey key, DateTime now, bool store = true)
    {
        if (key.Bytes.Length < MinimumKeyBytes)
            throw new HashKeyRefusedException(
                $"กุญแจแฮช ({key.Source}) สั้นเกินไป: {key.Bytes.Length} ไบต์ ต้องมีอย่างน้อย {MinimumKeyBytes} ไบต์ — ไม่ได้นำเข้าข้อมูลใด / " +
                $"the hash key ({key.Source}) is {key.Bytes.Length} bytes, at least {MinimumKeyBytes} are required (docs/privacy.md); nothing was loaded");
        var fingerprint = Of(key);
        using var connection = warehouse.Open();
        var stored = connection.QuerySingleOrDefault<byte[]>("SELECT fingerprint FROM etl_hash_key WHERE hash_key_id = 1");
        if (stored is null)
        {
            if (!store) return;
            connection.Execute("INSERT INTO etl_hash_key (hash_key_id, fingerprint, created_at) VALUES (1, @fingerprint, @now)",
                new { fingerprint, now = Iso.DateTime(now) });
            return;
        }
        if (!CryptographicOperations.FixedTimeEquals(stored, fingerprint))
            throw new HashKeyRefusedException(
                $"กุญแจแฮช ({key.Source}) ไม่ใช่กุญแจที่คลังข้อมูลนี้ใช้ — ตั้ง DLICT_HASH_KEY เป็นกุญแจเดิม (ดู docs/privacy.md เรื่องการเปลี่ยนกุญแจ) ไม่ได้นำเข้าข้อมูลใด / " +
                $"the hash key ({key.Source}) is not the key this warehouse was loaded with: set DLICT_HASH_KEY to that key " +
                "(key rotation: docs/privacy.md); nothing was loaded");
    }
}

/// <summary>The hash key is too short or not the warehouse's key (exit 2: a configuration error).</summary>
public sealed class HashKeyRefusedException(string message) : Exception(message);
