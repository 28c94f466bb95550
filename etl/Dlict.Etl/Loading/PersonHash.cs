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

    /// <summary>The key's bytes: the one the caller resolved, else the data folder's key file (created on first use).</summary>
    public static byte[] RequireKey(LoadContext context) =>
        Privacy.HashKey.For(context.Options).Bytes;
}
