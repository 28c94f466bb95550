using System.Data.Common;
using Dapper;

namespace Dlict.Reports.Queries;

/// <summary>One row of v_enrolment_anomalies: a flag an officer can read out to the school.</summary>
public sealed record AnomalyLine
{
    public string SchoolCode { get; init; } = "";
    public string SchoolName { get; init; } = "";
    public string? District { get; init; }
    public string Grade { get; init; } = "";
    public long GradeOrder { get; init; }
    public string Check { get; init; } = "";
    public long PreviousValue { get; init; }
    public long Value { get; init; }
    public double? ChangePct { get; init; }
    public string Message { get; init; } = "";
}

/// <summary>One row of v_data_quality with a score (the school sent).</summary>
public sealed record SchoolScore
{
    public string SchoolCode { get; init; } = "";
    public string SchoolName { get; init; } = "";
    public string? District { get; init; }
    public string Status { get; init; } = "";
    public long RejectedRows { get; init; }
    public long Anomalies { get; init; }
    public long Score { get; init; }
}

/// <summary>The data-quality views (quality.md) for one cycle.</summary>
public static class QualityQuery
{
    /// <summary>Every flag of the cycle, by school code, grade and check.</summary>
    public static IReadOnlyList<AnomalyLine> Anomalies(DbConnection c, string cycle) => c.Query<AnomalyLine>(
        """
        SELECT school_code AS SchoolCode, school_name AS SchoolName, district AS District, grade AS Grade,
               grade_order AS GradeOrder, "check" AS "Check", previous_value AS PreviousValue, value AS Value,
               change_pct AS ChangePct, message AS Message
        FROM v_enrolment_anomalies WHERE cycle = @cycle
        """, new { cycle })
        .OrderBy(a => a.SchoolCode, StringComparer.Ordinal).ThenBy(a => a.GradeOrder).ThenBy(a => a.Check, StringComparer.Ordinal).ToList();

    /// <summary>The scores of the schools that sent the cycle, lowest first (then by code).</summary>
    public static IReadOnlyList<SchoolScore> Scores(DbConnection c, string cycle) => c.Query<SchoolScore>(
        """
        SELECT school_code AS SchoolCode, school_name AS SchoolName, district AS District, status AS Status,
               rejected_rows AS RejectedRows, anomalies AS Anomalies, score AS Score
        FROM v_data_quality WHERE cycle = @cycle AND score IS NOT NULL
        """, new { cycle })
        .OrderBy(s => s.Score).ThenBy(s => s.SchoolCode, StringComparer.Ordinal).ToList();
}
