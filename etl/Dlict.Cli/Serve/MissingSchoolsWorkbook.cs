using Dlict.Reports.Workbooks;
using Dlict.Warehouse;

namespace Dlict.Cli.Serve;

/// <summary>
/// Stand-in reminder attachment until the completeness workbook (Dlict.Reports.Completeness) is merged:
/// the schools of the cycle that are missing or late, one formatted table.
/// </summary>
public static class MissingSchoolsWorkbook
{
    public static string Write(IWarehouse warehouse, string cycle, string path)
    {
        using var connection = warehouse.OpenReadOnly();
        using var command = connection.CreateCommand();
        command.CommandText =
            """
            SELECT district, school_code, school_name, status, submitted_at, rejected_rows
            FROM v_submission_status WHERE cycle = @cycle AND status <> 'on_time'
            ORDER BY status, district, school_code
            """;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@cycle";
        parameter.Value = cycle;
        command.Parameters.Add(parameter);
        using var reader = command.ExecuteReader();
        QueryResultWorkbook.Write(reader, path, $"โรงเรียนที่ยังไม่ส่งหรือส่งช้า รอบ {cycle}");
        return Path.GetFullPath(path);
    }
}
