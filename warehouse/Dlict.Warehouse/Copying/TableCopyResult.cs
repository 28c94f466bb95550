namespace Dlict.Warehouse.Copying;

/// <summary>One line of the copy's verification: rows in the source, rows in the target after the copy.</summary>
public sealed record TableCopyResult(string Table, long SourceRows, long TargetRows)
{
    public bool Matches => SourceRows == TargetRows;
}
