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

    public void Create()
    {
        foreach (var dir in new[] { Root, Inbox, Archive, Rejected, Out }) Directory.CreateDirectory(dir);
    }
}
