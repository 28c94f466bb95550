using Dlict.Reports.Charts;
using Dlict.Reports.Queries;
using OfficeOpenXml;
using OfficeOpenXml.Drawing.Chart;

namespace Dlict.Reports.Workbooks;

/// <summary>การอบรม: courses with participants, attendance and pass rates, hours per staff member (v_training).</summary>
public static class TrainingSheet
{
    public const string Name = "การอบรม";

    public sealed record YearLine(long FiscalYear, long Courses, long Participants, long Attended, long Passed, double PersonHours);

    public static void Write(ExcelPackage package, ReportContext context)
    {
        var canvas = new SheetCanvas(package, Name, "การอบรมบุคลากรด้านดิจิทัล", context);
        var courses = TrainingQuery.Courses(context.Connection);
        var years = courses?.GroupBy(c => c.FiscalYear).OrderByDescending(g => g.Key)
            .Select(g => new YearLine(g.Key, g.Count(), g.Sum(c => c.Participants), g.Sum(c => c.Attended),
                g.Sum(c => c.Passed), g.Sum(c => c.PersonHours))).ToList();
        canvas.Table("สรุปตามปีงบประมาณ", "TrainingYears", years,
        [
            Col.Text<YearLine>("ปีงบประมาณ", y => y.FiscalYear), Col.Count<YearLine>("หลักสูตร", y => y.Courses),
            Col.Count<YearLine>("ผู้ลงทะเบียน", y => y.Participants), Col.Count<YearLine>("เข้าอบรม", y => y.Attended),
            Col.Count<YearLine>("ผ่านการอบรม", y => y.Passed),
            Col.Rate<YearLine>("อัตราการเข้าอบรม (%)", y => Percent.Of(y.Attended, y.Participants)),
            Col.Rate<YearLine>("อัตราการผ่าน (%)", y => Percent.Of(y.Passed, y.Attended)),
            Col.Rate<YearLine>("ชั่วโมงต่อคน", y => HoursPerPerson(y.PersonHours, y.Attended)),
        ]);
        var courseTable = canvas.Table("หลักสูตร", "TrainingCourses", courses,
        [
            Col.Text<CourseSummary>("รหัสหลักสูตร", c => c.CourseCode), Col.Text<CourseSummary>("ชื่อหลักสูตร", c => c.CourseTitle),
            Col.Text<CourseSummary>("วันเริ่ม", c => ThaiDate.FormatOrDash(c.StartDate)),
            Col.Text<CourseSummary>("ปีงบประมาณ", c => c.FiscalYear),
            Col.Count<CourseSummary>("ผู้ลงทะเบียน", c => c.Participants), Col.Count<CourseSummary>("เข้าอบรม", c => c.Attended),
            Col.Count<CourseSummary>("ผ่านการอบรม", c => c.Passed),
            Col.Rate<CourseSummary>("อัตราการเข้าอบรม (%)", c => Percent.Of(c.Attended, c.Participants)),
            Col.Rate<CourseSummary>("อัตราการผ่าน (%)", c => Percent.Of(c.Passed, c.Attended)),
            Col.Rate<CourseSummary>("ชั่วโมงต่อคน", c => HoursPerPerson(c.PersonHours, c.Attended)),
        ]);
        if (courseTable is not null)
            NativeChart.Add(canvas, "TrainingChart", eChartType.BarClustered, "ผู้ลงทะเบียน เข้าอบรม และผ่านการอบรม ตามหลักสูตร",
                courseTable, 1, [4, 5, 6]);
        canvas.Finish();
    }

    private static double? HoursPerPerson(double personHours, long attended) =>
        attended == 0 ? null : Math.Round(personHours / attended, 1, MidpointRounding.AwayFromZero);
}
