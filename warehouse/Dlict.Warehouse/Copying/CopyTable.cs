namespace Dlict.Warehouse.Copying;

/// <summary>One table of a warehouse copy: its columns in catalogue order, the tables it references, its row count.</summary>
public sealed record CopyTable(string Name, IReadOnlyList<string> Columns, IReadOnlyList<string> References, long Rows);
