using System.Security.Cryptography;
using System.Text;

namespace Dlict.Etl.Privacy;

/// <summary>
/// The secret of the keyed hashes that stand in for citizen IDs (inputs.md "personal data"): from
/// <c>DLICT_HASH_KEY</c> when set, else <c>&lt;data-dir&gt;/hash.key</c>, generated on first use (32 random bytes,
/// base64) and readable by its owner only (mode 600 on Unix; on Windows it inherits the data folder's ACL, so the
/// folder must be restricted to the service account — docs/privacy.md). Losing the key only means that IDs loaded
/// before and after can no longer be matched; it never exposes an ID.
/// </summary>
public sealed class HashKey
{
    public const string EnvironmentVariable = "DLICT_HASH_KEY";
    public const string FileName = "hash.key";

    private HashKey(byte[] bytes, string source)
    {
        Bytes = bytes;
        Source = source;
    }

    public byte[] Bytes { get; }

    /// <summary>Where the key came from (for logs; never the key itself).</summary>
    public string Source { get; }

    /// <summary>The key text as given (env or file): base64 of at least 16 bytes is decoded, anything else is taken as UTF-8.</summary>
    public static HashKey FromText(string text, string source)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0) throw new ArgumentException("the hash key is empty", nameof(text));
        var buffer = new byte[trimmed.Length];
        var bytes = Convert.TryFromBase64String(trimmed, buffer, out var n) && n >= 16 ? buffer[..n] : Encoding.UTF8.GetBytes(trimmed);
        return new HashKey(bytes, source);
    }

    /// <summary>The environment's key when given, else the key file in the data folder <paramref name="dataRoot"/> (created when absent).</summary>
    public static HashKey Resolve(string dataRoot, string? environmentValue) =>
        string.IsNullOrWhiteSpace(environmentValue) ? ForFolder(dataRoot) : FromText(environmentValue, EnvironmentVariable);

    /// <summary>The key file <see cref="FileName"/> in the data folder <paramref name="dataRoot"/>, created when absent.</summary>
    public static HashKey ForFolder(string dataRoot)
    {
        var path = Path.Combine(dataRoot, FileName);
        if (!File.Exists(path)) Create(path);
        return FromText(File.ReadAllText(path, Encoding.ASCII), path);
    }

    private static void Create(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        try
        {
            using var stream = new FileStream(path, options);
            stream.Write(Encoding.ASCII.GetBytes(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) + "\n"));
        }
        catch (IOException) when (File.Exists(path))
        {
            return; // another process created it first: use theirs
        }
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }
}
