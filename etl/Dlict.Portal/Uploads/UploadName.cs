using System.Security.Cryptography;

namespace Dlict.Portal.Uploads;

/// <summary>
/// The client's file name is display text only (portal.md): it is cleaned for showing (no path, no separators, no
/// control characters, at most 120 characters) and the server stores the bytes under a name it makes.
/// </summary>
public static class UploadName
{
    public static readonly string[] Extensions = [".csv", ".txt", ".xlsx"];

    /// <summary>The last segment of the client's name with either separator, controls removed; "upload" when nothing is left.</summary>
    public static string Display(string? clientName)
    {
        var name = (clientName ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        name = new string([.. name.Where(c => !char.IsControl(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format)]).Trim();
        if (name is "" or "." or "..") name = "upload";
        return name.Length <= 120 ? name : name[..80] + "…" + name[^39..];
    }

    public static string? Extension(string displayName)
    {
        var ext = Path.GetExtension(displayName).ToLowerInvariant();
        return Extensions.Contains(ext) ? ext : null;
    }

    /// <summary><c>upload-&lt;school&gt;-&lt;yyyyMMdd-HHmmss&gt;-&lt;8 hex&gt;.&lt;ext&gt;</c>: unique, sortable, nothing of the client's.</summary>
    public static string Stored(string schoolCode, DateTime arrivedAt, string extension) =>
        $"upload-{schoolCode}-{arrivedAt:yyyyMMdd-HHmmss}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}{extension}";
}
