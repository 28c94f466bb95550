using Dlict.Reports.Queries;
using Dlict.Reports.Workbooks;
using OfficeOpenXml;

namespace Dlict.Reports.Completeness;

/// <summary>The sheet ข้อสังเกต: every flag of v_enrolment_anomalies for the cycle (or the one school), with its reason in Thai.</summary>
internal static class AnomalySheet
{
    public const string Name = "ข้อสังเกต";

    public static void Write(ExcelPackage package, CompletenessData data, CompletenessRequest request, StreamedRows body)
    {
        var sheet = package.Workbook.Worksheets.Add(Name);
        var top = CompletenessTable.Title(sheet, request, data, "ข้อสังเกตจากการเทียบกับรอบเดียวกันของปีก่อน");
        CompletenessTable.Write<AnomalyLine>(sheet, top,
        [
            ("รหัสโรงเรียน", a => a.SchoolCode), ("ชื่อโรงเรียน", a => a.SchoolName), ("อำเภอ", a => a.District), ("ชั้น", a => a.Grade),
            ("ข้อสังเกต", a => QualityLabels.Check(a.Check)), ("ค่าเดิม", a => a.PreviousValue), ("ค่าปัจจุบัน", a => a.Value),
            ("เปลี่ยนแปลง (%)", a => a.ChangePct), ("คำอธิบาย", a => a.Message),
        ], data.Anomalies, body);
    }
}
