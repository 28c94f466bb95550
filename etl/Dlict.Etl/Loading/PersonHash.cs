using System.Security.Cryptography;
using System.Text;

namespace Dlict.Etl.Loading;

/// <summary>The keyed hash under which a citizen or staff id is stored (never the id itself): HMAC-SHA256, lowercase hex.</summary>
public static class PersonHash
{
    public static string Hash(byte[] key, string id)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(id);
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(id)));
    }

    /// <summary>The key, or a whole-file reject saying it is missing.</summary>
    public static byte[] RequireKey(LoadContext context, string kind) =>
        context.Options.HashKey ?? throw new FileRejectedException(
            $"ไม่มีกุญแจสำหรับเข้ารหัสเลขประจำตัวบุคคล (DLICT_HASH_KEY) จึงโหลดไฟล์ {kind} นี้ไม่ได้ ไม่มีข้อมูลใดถูกบันทึก",
            $"the hash key for person ids is missing (DLICT_HASH_KEY): a {kind} file cannot be loaded without it; nothing was stored");
}
