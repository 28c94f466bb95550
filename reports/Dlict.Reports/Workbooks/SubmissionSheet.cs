using Dlict.Reports.Charts;
using Dlict.Reports.Queries;
using OfficeOpenXml;
using OfficeOpenXml.Drawing.Chart;

namespace Dlict.Reports.Workbooks;

/// <summary>การส่งข้อมูล: reporting and on-time rate per district (v_reporting_rate), missing and late schools (v_submission_status).</summary>
public static class SubmissionSheet
{
    public const string Name = "การส่งข้อมูล";

    public static void Write(ExcelPackage package, ReportContext context)
    {
        var canvas = new SheetCanvas(package, Name, "การส่งข้อมูลของโรงเรียน", context);
        var rates = ReportingRateQuery.ForCycle(context.Connection, context.Cycle.ToString());
        var rateTable = canvas.Table("อัตราการส่งข้อมูลรายอำเภอ", "ReportingRates", rates,
        [
            Col.Text<ReportingRate>("อำเภอ", r => r.District == ReportingRateQuery.AllDistricts ? "รวมทั้งเขต" : ThaiLabels.District(r.District)),
            Col.Count<ReportingRate>("โรงเรียนที่ต้องส่ง", r => r.Expected), Col.Count<ReportingRate>("ส่งแล้ว", r => r.Submitted),
            Col.Count<ReportingRate>("ตรงเวลา", r => r.OnTime), Col.Count<ReportingRate>("ล่าช้า", r => r.Late),
            Col.Count<ReportingRate>("ยังไม่ส่ง", r => r.Missing),
            Col.Rate<ReportingRate>("อัตราการส่งข้อมูล (%)", r => r.ReportingRatePercent),
            Col.Rate<ReportingRate>("อัตราส่งตรงเวลา (%)", r => r.OnTimeRatePercent),
        ]);
        var schools = SubmissionStatusQuery.NotOnTime(context.Connection, context.Cycle.ToString());
        canvas.Table("โรงเรียนที่ยังไม่ส่งหรือส่งล่าช้า", "MissingLateSchools", schools,
        [
            Col.Text<SubmissionStatus>("รหัสโรงเรียน", s => s.SchoolCode), Col.Text<SubmissionStatus>("ชื่อโรงเรียน", s => s.SchoolName),
            Col.Text<SubmissionStatus>("อำเภอ", s => ThaiLabels.District(s.District)), Col.Text<SubmissionStatus>("กลุ่มเครือข่าย", s => s.Cluster),
            Col.Text<SubmissionStatus>("สถานะ", s => ThaiLabels.SubmissionStatus(s.Status)),
            Col.Text<SubmissionStatus>("กำหนดส่ง", s => ThaiDate.FormatOrDash(s.Deadline)),
            Col.Text<SubmissionStatus>("ส่งครั้งแรก", s => ThaiDate.FormatOrDash(s.SubmittedAt)),
            Col.Count<SubmissionStatus>("จำนวนครั้งที่ส่ง", s => s.Versions), Col.Count<SubmissionStatus>("แถวที่ถูกปฏิเสธ", s => s.RejectedRows),
        ]);
        if (rateTable is not null)
            NativeChart.Add(canvas, "ReportingRateChart", eChartType.BarClustered, "อัตราการส่งข้อมูลรายอำเภอ (%)", rateTable, 0, [6, 7]);
        canvas.Finish();
    }
}
