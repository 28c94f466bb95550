using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Dlict.Etl.Privacy;

namespace Dlict.Tests.Etl.Privacy;

public class KeyedSha256Tests
{
    [TestCase("bench-hash-key-0123456789abcdef")]
    [TestCase("")]
    [TestCase("a key longer than one SHA-256 block is hashed first, as RFC 2104 says it must be, before the pads")]
    public void Every_message_hashes_as_HMACSHA256_does(string keyText)
    {
        var key = Encoding.UTF8.GetBytes(keyText);
        using var keyed = new KeyedSha256(key);
        var random = new Random(9);
        Span<byte> mine = stackalloc byte[32];
        // Lengths either side of the 55/56- and 64-byte padding boundaries, plus the 13-digit IDs it is built for.
        for (var length = 0; length <= 200; length++)
        {
            var message = new byte[length];
            random.NextBytes(message);
            keyed.Hash(message, mine);
            Assert.That(Convert.ToHexString(mine), Is.EqualTo(Convert.ToHexString(HMACSHA256.HashData(key, message))), $"length {length}");
        }
        keyed.Hash("1101700230705"u8, mine);
        Assert.That(Convert.ToHexString(mine), Is.EqualTo(Convert.ToHexString(HMACSHA256.HashData(key, "1101700230705"u8))));
    }

    [Test]
    public void On_Linux_with_libcrypto_the_native_path_is_the_one_in_use()
    {
        if (!OperatingSystem.IsLinux()) Assert.Ignore("not Linux: HMACSHA256 does the work (checked by the test above)");
        if (!NativeLibrary.TryLoad("libcrypto.so.3", out _))
            External.Missing("no libcrypto.so.3 here (apt-get install libssl3): HMACSHA256 does the work (checked by the test above)");
        using var keyed = new KeyedSha256(Encoding.UTF8.GetBytes("k"));
        Assert.That(keyed.UsesLibCrypto, Is.True);
    }

    [Test]
    public void A_disposed_hasher_refuses_instead_of_touching_freed_contexts()
    {
        var keyed = new KeyedSha256(Encoding.UTF8.GetBytes("bench-hash-key-0123456789abcdef"));
        var before = new byte[32];
        keyed.Hash("1101700230705"u8, before);

        keyed.Dispose();
        keyed.Dispose(); // twice is harmless

        Assert.That(Convert.ToHexString(before), Is.EqualTo(Convert.ToHexString(HMACSHA256.HashData("bench-hash-key-0123456789abcdef"u8.ToArray(), "1101700230705"u8))));
        Assert.That(() => keyed.Hash("1101700230705"u8, new byte[32]), Throws.TypeOf<ObjectDisposedException>());
    }
}
