using Dlict.Reports.Charts;
using Dlict.Reports.Queries;
using OfficeOpenXml;
using OfficeOpenXml.Drawing.Chart;

namespace Dlict.Reports.Workbooks;

/// <summary>นักเรียน: students by district × grade level × sex, and by grade, with a column chart by grade (v_enrolment).</summary>
public static class StudentsSheet
{
    public const string Name = "นักเรียน";

    public static void Write(ExcelPackage package, ReportContext context)
    {
        var canvas = new SheetCanvas(package, Name, "จำนวนนักเรียน", context);
        var byGrade = EnrolmentQuery.ByGrade(context.Connection, context.Cycle.ToString());
        var gradeTable = canvas.Table("นักเรียนตามชั้น", "StudentsByGrade", byGrade,
        [
            Col.Text<GradeCount>("ชั้น", g => g.Grade), Col.Count<GradeCount>("ชาย", g => g.Male),
            Col.Count<GradeCount>("หญิง", g => g.Female), Col.Count<GradeCount>("รวม", g => g.Total),
            Col.Count<GradeCount>("ห้องเรียน", g => g.Classrooms),
        ]);
        var byLevel = EnrolmentQuery.ByDistrictAndLevel(context.Connection, context.Cycle.ToString());
        canvas.Table("นักเรียนตามอำเภอ ระดับชั้น และเพศ", "StudentsByDistrictLevel", byLevel,
        [
            Col.Text<LevelCount>("อำเภอ", l => ThaiLabels.District(l.District)),
            Col.Text<LevelCount>("ระดับชั้น", l => ThaiLabels.GradeLevel(l.GradeLevel)),
            Col.Count<LevelCount>("ชาย", l => l.Male), Col.Count<LevelCount>("หญิง", l => l.Female),
            Col.Count<LevelCount>("รวม", l => l.Total),
        ]);
        if (gradeTable is not null)
            NativeChart.Add(canvas, "StudentsByGradeChart", eChartType.ColumnClustered, "นักเรียนตามชั้นและเพศ", gradeTable, 0, [1, 2]);
        canvas.Finish();
    }
}
