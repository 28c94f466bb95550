using System.Data.Common;
using Dapper;

namespace Dlict.Reports.Queries;

public sealed record LevelCount
{
    public string District { get; init; } = "";
    public string GradeLevel { get; init; } = "";
    public long FirstOrder { get; init; }
    public long Male { get; init; }
    public long Female { get; init; }
    public long Total { get; init; }
}

public sealed record GradeCount
{
    public string Grade { get; init; } = "";
    public long GradeOrder { get; init; }
    public long Male { get; init; }
    public long Female { get; init; }
    public long Total { get; init; }
    public long Classrooms { get; init; }
}

public sealed record DistrictCount(string District, long Total);

public sealed record SchoolCount(string SchoolCode, string SchoolName, string District, long Total);

/// <summary>Students of a cycle from v_enrolment (the latest submission of each school).</summary>
public static class EnrolmentQuery
{
    public static IReadOnlyList<LevelCount> ByDistrictAndLevel(DbConnection c, string cycle) => c.Query<LevelCount>(
        """
        SELECT COALESCE(district, '') AS District, grade_level AS GradeLevel, MIN(grade_order) AS FirstOrder,
               SUM(male) AS Male, SUM(female) AS Female, SUM(total) AS Total
        FROM v_enrolment WHERE cycle = @cycle
        GROUP BY COALESCE(district, ''), grade_level
        """, new { cycle }).OrderBy(r => r.District, StringComparer.Ordinal).ThenBy(r => r.FirstOrder).ToList();

    public static IReadOnlyList<GradeCount> ByGrade(DbConnection c, string cycle) => c.Query<GradeCount>(
        """
        SELECT grade AS Grade, grade_order AS GradeOrder, SUM(male) AS Male, SUM(female) AS Female,
               SUM(total) AS Total, COALESCE(SUM(classrooms), 0) AS Classrooms
        FROM v_enrolment WHERE cycle = @cycle
        GROUP BY grade, grade_order
        """, new { cycle }).OrderBy(r => r.GradeOrder).ToList();

    public static IReadOnlyList<DistrictCount> ByDistrict(DbConnection c, string cycle) => c.Query<(string District, long Total)>(
        "SELECT COALESCE(district, '') AS District, SUM(total) AS Total FROM v_enrolment WHERE cycle = @cycle GROUP BY COALESCE(district, '')",
        new { cycle }).Select(r => new DistrictCount(r.District, r.Total)).OrderBy(r => r.District, StringComparer.Ordinal).ToList();

    /// <summary>All students of the cycle, or null when the cycle has no enrolment data.</summary>
    public static long? Total(DbConnection c, string cycle) =>
        c.ExecuteScalar<long?>("SELECT SUM(total) FROM v_enrolment WHERE cycle = @cycle", new { cycle });

    /// <summary>Schools with 1–120 students in the cycle (OBEC's small schools), smallest first.</summary>
    public static IReadOnlyList<SchoolCount> SmallSchools(DbConnection c, string cycle) => c.Query<(string Code, string? Name, string? District, long Total)>(
        """
        SELECT school_code AS Code, MAX(school_name) AS Name, MAX(district) AS District, SUM(total) AS Total
        FROM v_enrolment WHERE cycle = @cycle
        GROUP BY school_code HAVING SUM(total) BETWEEN 1 AND 120
        """, new { cycle })
        .Select(r => new SchoolCount(r.Code, r.Name ?? "", r.District ?? "", r.Total))
        .OrderBy(r => r.Total).ThenBy(r => r.SchoolCode, StringComparer.Ordinal).ToList();
}
