namespace Dlict.Etl.Kinds.Schools;

/// <summary>The attributes of a school that open a new registry version (SCD type 2) when they change.</summary>
public sealed record SchoolVersion(string Name, string? District, string? Subdistrict, string? Cluster, bool Dltv, string Status)
{
    /// <summary>This version with the values a file gives; a value the file leaves out keeps what we had.</summary>
    public SchoolVersion With(SchoolRow row) => new(
        row.Name, row.District ?? District, row.Subdistrict ?? Subdistrict, row.Cluster ?? Cluster, row.Dltv ?? Dltv, row.Status ?? Status);
}

/// <summary>One valid registry row.</summary>
public sealed record SchoolRow(string Code, string? Smis, string Name, string? District, string? Subdistrict, string? Cluster, bool? Dltv, string? Status, DateOnly AsOf, int RowNumber);
