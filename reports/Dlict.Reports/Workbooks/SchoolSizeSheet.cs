using Dlict.Reports.Charts;
using Dlict.Reports.Queries;
using OfficeOpenXml;
using OfficeOpenXml.Drawing.Chart;

namespace Dlict.Reports.Workbooks;

/// <summary>ขนาดโรงเรียน: schools and students per size group (v_school_size), the small schools (v_enrolment), a bar chart.</summary>
public static class SchoolSizeSheet
{
    public const string Name = "ขนาดโรงเรียน";

    public static void Write(ExcelPackage package, ReportContext context)
    {
        var canvas = new SheetCanvas(package, Name, "ขนาดโรงเรียน (เกณฑ์ สพฐ.)", context);
        var groups = SchoolSizeQuery.ForCycle(context.Connection, context.Cycle.ToString());
        var groupTable = canvas.Table("โรงเรียนและนักเรียนตามขนาด", "SchoolSizeGroups", groups.Any(g => g.Schools > 0) ? groups : [],
        [
            Col.Text<SizeGroupCount>("ขนาดโรงเรียน", g => ThaiLabels.SizeGroup(g.SizeGroup)),
            Col.Count<SizeGroupCount>("จำนวนโรงเรียน", g => g.Schools), Col.Count<SizeGroupCount>("จำนวนนักเรียน", g => g.Students),
        ]);
        var small = EnrolmentQuery.SmallSchools(context.Connection, context.Cycle.ToString());
        canvas.Table("รายชื่อโรงเรียนขนาดเล็ก (นักเรียนไม่เกิน 120 คน)", "SmallSchools", small,
        [
            Col.Text<SchoolCount>("รหัสโรงเรียน", s => s.SchoolCode), Col.Text<SchoolCount>("ชื่อโรงเรียน", s => s.SchoolName),
            Col.Text<SchoolCount>("อำเภอ", s => ThaiLabels.District(s.District)), Col.Count<SchoolCount>("นักเรียน", s => s.Total),
        ]);
        if (groupTable is not null)
            NativeChart.Add(canvas, "SchoolSizeChart", eChartType.BarClustered, "จำนวนโรงเรียนตามขนาด", groupTable, 0, [1]);
        canvas.Finish();
    }
}
