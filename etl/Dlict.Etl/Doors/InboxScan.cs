namespace Dlict.Etl.Doors;

/// <summary>
/// What the inbox (or the paths given) holds: files to load, oldest first; links, which are never followed, read or
/// moved; and names that cannot be opened (bytes that are not UTF-8 reach .NET as U+FFFD and name no file).
/// Error notes and hidden/temporary files are left alone.
/// </summary>
public sealed record InboxScan(IReadOnlyList<string> Files, IReadOnlyList<string> Links, IReadOnlyList<string> Unopenable)
{
    public static InboxScan Of(IEnumerable<string> roots)
    {
        var (files, links, unopenable) = (new List<FileInfo>(), new List<string>(), new List<string>());
        foreach (var root in roots)
        {
            if (Directory.Exists(root)) Walk(new DirectoryInfo(root), files, links, unopenable);
            else if (File.Exists(root)) files.Add(new FileInfo(root));
        }
        var ordered = files.Where(f => IsCandidate(f.Name))
            .OrderBy(f => f.LastWriteTimeUtc).ThenBy(f => f.FullName, StringComparer.Ordinal)
            .Select(f => f.FullName).ToList();
        return new InboxScan(ordered, links, unopenable);
    }

    private static void Walk(DirectoryInfo folder, List<FileInfo> files, List<string> links, List<string> unopenable)
    {
        foreach (var entry in folder.EnumerateFileSystemInfos())
        {
            if (!IsCandidate(entry.Name)) continue;
            if (!entry.Exists) unopenable.Add(entry.FullName);
            else if (entry.LinkTarget is not null || entry.Attributes.HasFlag(FileAttributes.ReparsePoint)) links.Add(entry.FullName);
            else if (entry is DirectoryInfo sub) Walk(sub, files, links, unopenable);
            else files.Add((FileInfo)entry);
        }
    }

    private static bool IsCandidate(string name) =>
        !name.StartsWith('.') && !name.StartsWith("~$", StringComparison.Ordinal) && !name.EndsWith(FileStore.NoteSuffix, StringComparison.OrdinalIgnoreCase);
}
