using Dlict.Etl.Files;

namespace Dlict.Etl.Loading;

/// <summary>The data folder: <c>inbox/ archive/ rejected/ out/ warehouse.db dlict.json</c>.</summary>
public sealed record DataDirectory(string Root)
{
    public string Inbox => Path.Combine(Root, "inbox");

    public string Archive => Path.Combine(Root, "archive");

    public string Rejected => Path.Combine(Root, "rejected");

    public string Out => Path.Combine(Root, "out");

    public string WarehouseFile => Path.Combine(Root, "warehouse.db");

    public string ConfigFile => Path.Combine(Root, "dlict.json");

    /// <summary>
    /// Creates the folders owner-only (0700 on Unix). archive/ and rejected/ keep rosters, so they are narrowed even
    /// when they existed; the others keep what an admin gave them (a shared inbox).
    /// </summary>
    public void Create()
    {
        foreach (var dir in new[] { Root, Inbox, Out }) OwnerOnly.CreateFolder(dir, always: false);
        foreach (var dir in new[] { Archive, Rejected }) OwnerOnly.CreateFolder(dir, always: true);
    }
}
