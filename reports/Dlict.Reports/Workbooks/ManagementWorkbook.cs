using Dlict.Reports.Queries;
using Dlict.Warehouse;
using OfficeOpenXml;

namespace Dlict.Reports.Workbooks;

/// <summary>The area director's workbook (<c>dlict report</c>): eight sheets, every figure from a <c>v_*</c> view.</summary>
public static class ManagementWorkbook
{
    public static readonly IReadOnlyList<string> SheetNames =
    [
        SummarySheet.Name, StudentsSheet.Name, SchoolSizeSheet.Name, SubmissionSheet.Name,
        TrainingSheet.Name, EquipmentSheet.Name, ServicesSheet.Name, DefinitionsSheet.Name,
    ];

    /// <summary>Builds the workbook at <see cref="ReportRequest.OutputPath"/> and returns its full path.</summary>
    /// <exception cref="InvalidOperationException">The warehouse has no enrolment data (and no cycle was asked for).</exception>
    public static string Write(IWarehouse warehouse, ReportRequest request)
    {
        EpplusLicence.Ensure();
        using var connection = warehouse.OpenReadOnly();
        var cycle = request.Cycle is { } asked ? Cycle.Parse(asked) : LatestCycle.Of(connection)
            ?? throw new InvalidOperationException(
                "คลังข้อมูลยังไม่มีข้อมูลนักเรียนของรอบใด จึงยังสร้างรายงานไม่ได้ / The warehouse has no enrolment data for any cycle yet: there is nothing to report.");
        request = request with { OfficeName = OfficeName.Of(connection, request.OfficeName) };
        var context = new ReportContext(request, cycle, connection);
        using var package = new ExcelPackage();
        package.Workbook.Properties.Title = $"รายงานสารสนเทศเพื่อการบริหาร {cycle.ThaiLabel}";
        package.Workbook.Properties.Company = request.OfficeName;
        SummarySheet.Write(package, context);
        StudentsSheet.Write(package, context);
        SchoolSizeSheet.Write(package, context);
        SubmissionSheet.Write(package, context);
        TrainingSheet.Write(package, context);
        EquipmentSheet.Write(package, context);
        ServicesSheet.Write(package, context);
        DefinitionsSheet.Write(package, context);
        var path = Path.GetFullPath(request.OutputPath);
        var directory = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        package.SaveAs(new FileInfo(path));
        return path;
    }
}
