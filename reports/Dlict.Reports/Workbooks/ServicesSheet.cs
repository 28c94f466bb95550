using Dlict.Reports.Charts;
using Dlict.Reports.Queries;
using OfficeOpenXml;
using OfficeOpenXml.Drawing.Chart;

namespace Dlict.Reports.Workbooks;

/// <summary>บริการ: requests per month and type, approval rate, median turnaround days (v_service_requests), a line chart.</summary>
public static class ServicesSheet
{
    public const string Name = "บริการ";
    private const int MaxChartSeries = 6;

    public static void Write(ExcelPackage package, ReportContext context)
    {
        var canvas = new SheetCanvas(package, Name, "งานบริการ", context);
        var requests = ServiceRequestQuery.All(context.Connection) is { } all ? ServiceFigures.TopTypes(all) : null;
        var types = requests is null ? [] : ServiceFigures.Types(requests);
        List<TableColumn<ServiceFigures.MonthLine>> monthColumns = [Col.Text<ServiceFigures.MonthLine>("เดือน", m => m.Month)];
        monthColumns.AddRange(types.Select(t => Col.Count<ServiceFigures.MonthLine>(t, m => m.ByType.GetValueOrDefault(t))));
        monthColumns.Add(Col.Count<ServiceFigures.MonthLine>("รวม", m => m.Total));
        var monthTable = canvas.Table("คำขอรับบริการรายเดือนตามประเภท", "ServiceMonths",
            requests is null ? null : ServiceFigures.ByMonth(requests), monthColumns);
        canvas.Table("สรุปตามประเภทบริการ", "ServiceTypes", requests is null ? null : ServiceFigures.ByType(requests),
        [
            Col.Text<ServiceFigures.TypeLine>("ประเภทบริการ", t => t.ServiceType),
            Col.Count<ServiceFigures.TypeLine>("คำขอ", t => t.Requests), Col.Count<ServiceFigures.TypeLine>("พิจารณาแล้ว", t => t.Decided),
            Col.Count<ServiceFigures.TypeLine>("อนุมัติ", t => t.Approved),
            Col.Rate<ServiceFigures.TypeLine>("อัตราการอนุมัติ (%)", t => t.ApprovalRate),
            Col.Count<ServiceFigures.TypeLine>("แล้วเสร็จ", t => t.Completed), Col.Count<ServiceFigures.TypeLine>("ยังไม่แล้วเสร็จ", t => t.Open),
            Col.Rate<ServiceFigures.TypeLine>("ระยะเวลาดำเนินการ (มัธยฐาน วัน)", t => t.MedianTurnaroundDays),
        ]);
        if (monthTable is not null)
        {
            var series = types.Count <= MaxChartSeries ? Enumerable.Range(1, types.Count).ToList() : [types.Count + 1];
            NativeChart.Add(canvas, "ServicesChart", eChartType.LineMarkers, "คำขอรับบริการรายเดือน", monthTable, 0, series);
        }
        canvas.Finish();
    }
}
