using System.Data.Common;
using Dapper;

namespace Dlict.Reports.Queries;

public sealed record CourseSummary
{
    public string CourseCode { get; init; } = "";
    public string CourseTitle { get; init; } = "";
    public object? StartDate { get; init; }
    public long FiscalYear { get; init; }
    public long Participants { get; init; }
    public long Attended { get; init; }
    public long Passed { get; init; }
    public double Hours { get; init; }
    public double PersonHours { get; init; }
}

/// <summary>v_training (course × school/group) summed per course; null when the view does not exist yet.</summary>
public static class TrainingQuery
{
    public const string View = "v_training";

    public static IReadOnlyList<CourseSummary>? Courses(DbConnection c) => !ViewProbe.Exists(c, View) ? null : c.Query<CourseSummary>(
        """
        SELECT course_code AS CourseCode, MAX(course_title) AS CourseTitle, MIN(start_date) AS StartDate,
               MAX(fiscal_year) AS FiscalYear, SUM(participants) AS Participants, SUM(attended) AS Attended,
               SUM(passed) AS Passed, MAX(hours) AS Hours, SUM(hours * attended) AS PersonHours
        FROM v_training GROUP BY course_code
        """).OrderByDescending(r => r.FiscalYear).ThenBy(r => r.CourseCode, StringComparer.Ordinal).ToList();
}
