namespace Dlict.Etl.Files;

/// <summary>
/// Folders and files that hold rosters (names, citizen IDs) readable by their owner only: 0700 and 0600 on Unix.
/// On Windows the data folder's ACL decides (docs/privacy.md, "Data folder permissions").
/// </summary>
public static class OwnerOnly
{
    private const UnixFileMode Folder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode Document = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates the folder if needed; <paramref name="always"/> also narrows one that existed before.</summary>
    public static void CreateFolder(string path, bool always)
    {
        var existed = Directory.Exists(path);
        Directory.CreateDirectory(path);
        if (OperatingSystem.IsWindows() || (existed && !always)) return;
        try
        {
            File.SetUnixFileMode(path, Folder);
        }
        catch (UnauthorizedAccessException)
        {
            // a folder owned by someone else (a shared inbox the admin set up): its owner decides
        }
    }

    public static void Restrict(string file)
    {
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(file, Document);
    }
}
