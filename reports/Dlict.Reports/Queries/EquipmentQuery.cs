using System.Data.Common;
using Dapper;

namespace Dlict.Reports.Queries;

public sealed record EquipmentCount
{
    public string EquipmentType { get; init; } = "";
    /// <summary>dim_equipment_type's Thai name (<c>จานดาวเทียม</c> for <c>dish</c>).</summary>
    public string EquipmentLabel { get; init; } = "";
    public long Schools { get; init; }
    public long Quantity { get; init; }
    public long Working { get; init; }
    public long Broken { get; init; }
}

/// <summary>v_equipment (latest survey per school and type) summed per type; null when the view does not exist yet.</summary>
public static class EquipmentQuery
{
    public const string View = "v_equipment";

    public static IReadOnlyList<EquipmentCount>? ByType(DbConnection c) => !ViewProbe.Exists(c, View) ? null : c.Query<EquipmentCount>(
        """
        SELECT equipment_type AS EquipmentType, equipment_label AS EquipmentLabel, COUNT(DISTINCT school_code) AS Schools,
               SUM(quantity) AS Quantity, SUM(working) AS Working, SUM(broken) AS Broken
        FROM v_equipment GROUP BY equipment_type, equipment_label
        """).OrderBy(r => r.EquipmentType, StringComparer.Ordinal).ToList();
}
