namespace Dlict.Etl.Sources;

/// <summary>One row of a sheet as the user sees it: its 1-based row number (Excel row, or CSV line) and its cells as text.</summary>
public sealed record RawRow(int RowNumber, string?[] Cells)
{
    public string? this[int index] => index < Cells.Length ? Cells[index] : null;

    public bool IsBlank
    {
        get
        {
            foreach (var cell in Cells)
                if (!string.IsNullOrWhiteSpace(cell)) return false;
            return true;
        }
    }
}
