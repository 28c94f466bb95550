using Dlict.Reports;
using Dlict.Reports.Completeness;
using Dlict.Reports.Queries;
using Dlict.Reports.Workbooks;
using Dlict.Warehouse;
using Microsoft.AspNetCore.Http;

namespace Dlict.Portal.Admin;

/// <summary>The dashboard's downloads: the completeness workbook (as `dlict check` writes it) and the management workbook (`dlict report`).</summary>
public static class Workbooks
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IResult Completeness(PortalOptions options, string cycle)
    {
        var tag = cycle.Replace('/', '-');
        var path = Path.Combine(options.DataDir.Out, $"completeness-{tag}.xlsx");
        Directory.CreateDirectory(options.DataDir.Out);
        CompletenessData data;
        using (var connection = options.Warehouse.OpenReadOnly())
            data = CompletenessQuery.Load(connection, cycle, null);
        CompletenessWorkbook.Write(data, new CompletenessRequest(cycle, path, OfficeName.Of(options.Warehouse, options.OfficeName), BangkokTime.Now(options.Clock), null));
        return Results.File(File.ReadAllBytes(path), Xlsx, Path.GetFileName(path));
    }

    public static IResult Management(PortalOptions options, string cycle)
    {
        var path = Path.Combine(options.DataDir.Out, $"dlict-report-{cycle.Replace('/', '-')}.xlsx");
        Directory.CreateDirectory(options.DataDir.Out);
        var written = ManagementWorkbook.Write(options.Warehouse, new ReportRequest(cycle, path, options.OfficeName, BangkokTime.Now(options.Clock)));
        return Results.File(File.ReadAllBytes(written), Xlsx, Path.GetFileName(written));
    }
}
