using Dlict.Reports.Charts;
using OfficeOpenXml;

namespace Dlict.Reports.Workbooks;

/// <summary>สรุปผู้บริหาร: the KPIs, a district table, data quality (<see cref="QualityBlock"/>), and two ScottPlot PNGs (students, reporting rate by district).</summary>
public static class SummarySheet
{
    public const string Name = "สรุปผู้บริหาร";

    public static void Write(ExcelPackage package, ReportContext context)
    {
        var canvas = new SheetCanvas(package, Name, "สรุปสำหรับผู้บริหาร", context);
        var summary = ExecutiveSummary.Read(context.Connection, context.Cycle);
        var kpis = summary.Kpis;
        var table = canvas.Table("ตัวชี้วัดหลัก", "SummaryKpi", kpis,
        [
            Col.Text<Kpi>("ตัวชี้วัด", k => k.Label), Col.Text<Kpi>("ค่า", k => k.Value), Col.Text<Kpi>("หน่วย", k => k.Unit),
            Col.Text<Kpi>("เทียบรอบเดียวกันปีก่อน", k => k.Comparison), Col.Text<Kpi>("แหล่งข้อมูล / หมายเหตุ", k => k.Source),
        ]);
        if (table is not null) table.Header(1).Style.HorizontalAlignment = OfficeOpenXml.Style.ExcelHorizontalAlignment.Right;
        for (var i = 0; table is not null && i < kpis.Count; i++)
        {
            var cell = canvas.Sheet.Cells[table.FirstDataRow + i, table.FirstColumn + 1];
            if (kpis[i].Value is not string && kpis[i].Format is { } format) cell.Style.Numberformat.Format = format;
            cell.Style.HorizontalAlignment = OfficeOpenXml.Style.ExcelHorizontalAlignment.Right;
        }
        var districts = summary.Districts;
        canvas.Table("นักเรียนและการส่งข้อมูลรายอำเภอ", "SummaryDistricts", districts,
        [
            Col.Text<DistrictLine>("อำเภอ", d => d.District), Col.Count<DistrictLine>("นักเรียน (คน)", d => d.Students),
            Col.Rate<DistrictLine>("อัตราการส่งข้อมูล (%)", d => d.ReportingRate),
            Col.Rate<DistrictLine>("อัตราส่งตรงเวลา (%)", d => d.OnTimeRate),
        ]);
        QualityBlock.Write(canvas, context);
        if (SummaryCharts.HasStudents(districts)) AddPicture(canvas, "StudentsByDistrict", SummaryCharts.Students(districts));
        if (SummaryCharts.HasSubmissions(districts)) AddPicture(canvas, "ReportingRateByDistrict", SummaryCharts.ReportingRate(districts));
        canvas.Finish();
    }

    private static void AddPicture(SheetCanvas canvas, string name, byte[] png)
    {
        var (row, column) = canvas.NextChartAnchor(22);
        var picture = canvas.Sheet.Drawings.AddPicture(name, new MemoryStream(png));
        picture.SetPosition(row - 1, 0, column - 1, 0);
        picture.SetSize(DistrictBarPng.Width, DistrictBarPng.Height);
    }
}
