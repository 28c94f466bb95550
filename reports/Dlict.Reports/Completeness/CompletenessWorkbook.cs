using System.Drawing;
using Dlict.Reports.Queries;
using Dlict.Reports.Workbooks;
using Dlict.Warehouse;
using OfficeOpenXml;
using OfficeOpenXml.Style;

namespace Dlict.Reports.Completeness;

/// <summary>
/// completeness-&lt;Y&gt;-&lt;R&gt;.xlsx (reports.md): summary per district, one row per expected school (missing red, late amber),
/// every reject row in Thai. With a school code: that school's status and problems only, ready to forward.
/// </summary>
public static class CompletenessWorkbook
{
    public const string SummarySheet = "สรุปรายอำเภอ";
    public const string SchoolsSheet = "รายโรงเรียน";
    public const string RejectsSheet = "ข้อผิดพลาด";

    public static string Write(IWarehouse warehouse, CompletenessRequest request)
    {
        using var connection = warehouse.OpenReadOnly();
        var data = CompletenessQuery.Load(connection, request.Cycle, request.AsOf);
        request = request with { OfficeName = OfficeName.Of(connection, request.OfficeName) };
        return Write(request.SchoolCode is { } code ? data.ForSchool(code) : data, request);
    }

    /// <summary>One small workbook per expected school into <paramref name="folder"/> (<c>&lt;school_code&gt;.xlsx</c>); returns the paths.</summary>
    public static IReadOnlyList<string> WriteEachSchool(IWarehouse warehouse, CompletenessRequest request, string folder)
    {
        using var connection = warehouse.OpenReadOnly();
        var data = CompletenessQuery.Load(connection, request.Cycle, request.AsOf);
        request = request with { OfficeName = OfficeName.Of(connection, request.OfficeName) };
        Directory.CreateDirectory(folder);
        return data.Schools.Select(s => Write(data.ForSchool(s.SchoolCode),
            request with { SchoolCode = s.SchoolCode, OutputPath = Path.Combine(folder, s.SchoolCode + ".xlsx") })).ToList();
    }

    public static string Write(CompletenessData data, CompletenessRequest request)
    {
        EpplusLicence.Ensure();
        using var package = new ExcelPackage();
        var body = new StreamedRows();
        if (request.SchoolCode is null) WriteSummary(package, data, request, body);
        WriteSchools(package, data, request, body);
        WriteRejects(package, data, request, body);
        AnomalySheet.Write(package, data, request, body);
        body.SaveAs(package, request.OutputPath);
        return request.OutputPath;
    }

    private static void WriteSummary(ExcelPackage package, CompletenessData data, CompletenessRequest request, StreamedRows body)
    {
        var sheet = package.Workbook.Worksheets.Add(SummarySheet);
        var top = CompletenessTable.Title(sheet, request, data, "ความครบถ้วนและตรงเวลาของการส่งข้อมูล");
        CompletenessTable.Write<DistrictCompleteness>(sheet, top,
        [
            ("อำเภอ", d => CompletenessLabels.District(d.District)), ("โรงเรียนที่ต้องส่ง", d => d.Expected), ("ส่งแล้ว", d => d.Submitted),
            ("ตรงเวลา", d => d.OnTime), ("ล่าช้า", d => d.Late), ("ยังไม่ส่ง", d => d.Missing),
            ("อัตราการส่งข้อมูล (%)", d => d.ReportingRate), ("อัตราส่งตรงเวลา (%)", d => d.OnTimeRate),
        ], data.Districts(), body);
    }

    private static void WriteSchools(ExcelPackage package, CompletenessData data, CompletenessRequest request, StreamedRows body)
    {
        var sheet = package.Workbook.Worksheets.Add(SchoolsSheet);
        var title = request.SchoolCode is null ? "สถานะการส่งข้อมูลรายโรงเรียน" : "สถานะการส่งข้อมูลของโรงเรียน";
        var top = CompletenessTable.Title(sheet, request, data, title);
        var last = CompletenessTable.Write<SchoolCompleteness>(sheet, top,
        [
            ("รหัสโรงเรียน", s => s.SchoolCode), ("ชื่อโรงเรียน", s => s.SchoolName), ("อำเภอ", s => s.District), ("กลุ่มเครือข่าย", s => s.Cluster),
            ("สถานะ", s => CompletenessLabels.Status(s.Status)), ("ส่งครั้งแรก", s => CompletenessLabels.Time(s.SubmittedAt)),
            ("ส่งล่าสุด", s => CompletenessLabels.Time(s.LastSubmittedAt)), ("จำนวนครั้งที่ส่ง", s => s.Versions),
            ("แถวที่ไม่ผ่านการตรวจ (ฉบับล่าสุด)", s => s.RejectedRows), ("รายชื่อนักเรียนเทียบจำนวนนักเรียน", s => CompletenessLabels.Roster(s.Roster)),
        ], data.Sorted(), body);
        if (last <= top) return;
        var rows = sheet.Cells[top + 1, 1, last, 10].Address;
        Colour(sheet, rows, $"$E{top + 1}=\"{CompletenessLabels.Missing}\"", Color.FromArgb(0xF8, 0xCB, 0xCB));
        Colour(sheet, rows, $"$E{top + 1}=\"{CompletenessLabels.Late}\"", Color.FromArgb(0xFF, 0xE0, 0x99));
    }

    private static void WriteRejects(ExcelPackage package, CompletenessData data, CompletenessRequest request, StreamedRows body)
    {
        var sheet = package.Workbook.Worksheets.Add(RejectsSheet);
        var top = CompletenessTable.Title(sheet, request, data, "รายการข้อมูลที่ต้องแก้ไข");
        var names = data.Schools.ToDictionary(s => s.SchoolCode, s => s.SchoolName, StringComparer.Ordinal);
        CompletenessTable.Write<RejectLine>(sheet, top,
        [
            ("รหัสโรงเรียน", r => r.SchoolCode), ("ชื่อโรงเรียน", r => r.SchoolCode is { } c ? names.GetValueOrDefault(c) : null),
            ("ไฟล์", r => r.SourceFile), ("แผ่นงาน", r => r.Sheet), ("แถวที่", r => r.RowNumber), ("คอลัมน์", r => ColumnLabels.Of(r.Column)),
            ("ค่าที่พบ", r => r.Value), ("ปัญหา", r => r.Message), ("ระดับ", r => CompletenessLabels.Severity(r.Severity)), ("รหัสกฎ", r => r.Rule),
        ], data.Rejects, body);
    }

    private static void Colour(ExcelWorksheet sheet, string address, string formula, Color colour)
    {
        var rule = sheet.ConditionalFormatting.AddExpression(new ExcelAddress(address));
        rule.Formula = formula;
        rule.Style.Fill.PatternType = ExcelFillStyle.Solid;
        rule.Style.Fill.BackgroundColor.Color = colour;
    }
}
