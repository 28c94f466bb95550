using System.Security.Cryptography;
using Dapper;
using Dlict.Etl.Privacy;
using Dlict.Warehouse;

namespace Dlict.Etl.Loading;

/// <summary>The warehouse's side of <see cref="KeyFingerprint"/>: the fingerprint stored in etl_hash_key and checked before every load.</summary>
public static class WarehouseKey
{
    extension(KeyFingerprint)
    {
        /// <summary>Stores the fingerprint on first use (unless <paramref name="store"/> is false: a check writes nothing); throws <see cref="HashKeyRefusedException"/> for a short or another key.</summary>
        public static void Check(IWarehouse warehouse, HashKey key, DateTime now, bool store = true)
        {
            if (key.Bytes.Length < KeyFingerprint.MinimumKeyBytes)
                throw new HashKeyRefusedException(
                    $"กุญแจแฮช ({key.Source}) สั้นเกินไป: {key.Bytes.Length} ไบต์ ต้องมีอย่างน้อย {KeyFingerprint.MinimumKeyBytes} ไบต์ — ไม่ได้นำเข้าข้อมูลใด / " +
                    $"the hash key ({key.Source}) is {key.Bytes.Length} bytes, at least {KeyFingerprint.MinimumKeyBytes} are required (docs/privacy.md); nothing was loaded");
            var fingerprint = KeyFingerprint.Of(key);
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
}
