using Dapper;
using Dlict.Warehouse.Copying;
using Microsoft.Data.SqlClient;

namespace Dlict.Warehouse.SqlServer.Copying;

/// <summary>What the target holds before a copy: rows per planned table, and which tables hold data of their own.</summary>
public sealed record CopyTarget(IReadOnlyDictionary<string, long> Rows, IReadOnlyList<string> Occupied)
{
    /// <summary>
    /// Counts the target's rows. Tables the migrations fill themselves (<see cref="MigrationSeeds"/>: dim_date,
    /// dim_grade) are always replaced by the source's rows and do not count as data; any other non-empty table does.
    /// </summary>
    public static CopyTarget Inspect(SqlConnection target, CopyPlan plan)
    {
        var seeded = MigrationSeeds.Tables();
        var rows = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        foreach (var table in plan.Tables)
        {
            if (!target.Query<TargetColumn>(CopySql.TargetColumns, new { table = table.Name }).Any())
                throw new InvalidOperationException(
                    $"ตาราง {table.Name} ไม่มีในฐานข้อมูลปลายทาง — ให้ปรับรุ่นคลังข้อมูลต้นทางและปลายทางให้ตรงกันก่อน / " +
                    $"table {table.Name} does not exist in the target: bring both warehouses to the same migrations first.");
            rows[table.Name] = target.ExecuteScalar<long>(CopySql.CountRows(table.Name));
        }
        var occupied = plan.Tables.Where(t => rows[t.Name] > 0 && !seeded.Contains(t.Name)).Select(t => t.Name).ToList();
        return new CopyTarget(rows, occupied);
    }
}
