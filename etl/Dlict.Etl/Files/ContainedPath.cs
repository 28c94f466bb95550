namespace Dlict.Etl.Files;

/// <summary>
/// A path that lies inside a folder of ours, checked on the full path (after <c>..</c>, separators and links in the
/// name are resolved as the OS would): built only from names <see cref="SafeFileName"/> cleaned, and checked again.
/// </summary>
public static class ContainedPath
{
    /// <summary>The folder joined with each segment, cleaned; <see cref="UnsafePathException"/> if it still leaves the folder.</summary>
    public static string Of(string folder, IEnumerable<string> segments, int maxBytes = SafeFileName.MaxBytes) =>
        Checked(folder, Path.Combine([folder, .. segments.Select(s => SafeFileName.Clean(s, maxBytes))]));

    /// <summary>The full path of <paramref name="path"/>, when it lies strictly inside <paramref name="folder"/>.</summary>
    public static string Checked(string folder, string path)
    {
        var full = Path.GetFullPath(path);
        if (!IsInside(full, folder))
            throw new UnsafePathException(
                $"ที่อยู่ไฟล์ {path} อยู่นอกโฟลเดอร์ {folder} จึงไม่เขียน / {path} lies outside {folder}; nothing written there");
        return full;
    }

    public static bool IsInside(string path, string folder)
    {
        var root = Path.GetFullPath(folder);
        if (!Path.EndsInDirectorySeparator(root)) root += Path.DirectorySeparatorChar;
        return Path.GetFullPath(path).StartsWith(root, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }
}

/// <summary>A path built from a name would lie outside its folder.</summary>
public sealed class UnsafePathException(string message) : IOException(message);
