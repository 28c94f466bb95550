using System.Security.Cryptography;
using System.Text;

namespace Dlict.Portal.Links;

/// <summary>
/// The secret in a school's link: 256 random bits, base64url (43 characters, no padding). The warehouse keeps only
/// <see cref="Hash"/>, so a stolen copy of the database opens no school's page and a link cannot be shown again.
/// </summary>
public static class LinkToken
{
    public const int Length = 43;

    public static string New() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
        .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Lower-case hex SHA-256 of the token's ASCII text.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token)));

    /// <summary>Only the shape a token can have: anything else is answered 404 without a database look-up.</summary>
    public static bool LooksValid(string? token) =>
        token is { Length: Length } && token.All(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_');
}
