using System.Data.Common;
using Dapper;
using Dlict.Warehouse;

namespace Dlict.Reports.Queries;

/// <summary>
/// The office the reports speak for (reports.md): <c>office.name</c> of dlict.json, else the area office's own row
/// of the registry (v_office, the name seen last), else a neutral name; never another office's.
/// </summary>
public static class OfficeName
{
    public const string Neutral = "สำนักงานเขตพื้นที่การศึกษา";

    public static string Of(DbConnection connection, string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured)) return configured.Trim();
        if (!ViewProbe.Exists(connection, "v_office")) return Neutral;
        var fromRegistry = connection.Query<string>(
            "SELECT office_name FROM v_office ORDER BY last_seen_at DESC, office_name").FirstOrDefault();
        return string.IsNullOrWhiteSpace(fromRegistry) ? Neutral : fromRegistry;
    }

    public static string Of(IWarehouse warehouse, string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured)) return configured.Trim();
        using var connection = warehouse.OpenReadOnly();
        return Of(connection, configured);
    }
}
