using System.Data.Common;
using Dapper;

namespace Dlict.Reports.Queries;

public sealed record SubmissionStatus
{
    public string SchoolCode { get; init; } = "";
    public string SchoolName { get; init; } = "";
    public string? District { get; init; }
    public string? Cluster { get; init; }
    public object? Deadline { get; init; }
    public object? SubmittedAt { get; init; }
    public string Status { get; init; } = "";
    public long Versions { get; init; }
    public long RejectedRows { get; init; }
}

/// <summary>v_submission_status: the schools of a cycle that are missing or late, missing first.</summary>
public static class SubmissionStatusQuery
{
    public static IReadOnlyList<SubmissionStatus> NotOnTime(DbConnection c, string cycle) => c.Query<SubmissionStatus>(
        """
        SELECT school_code AS SchoolCode, school_name AS SchoolName, district AS District, cluster AS Cluster,
               deadline AS Deadline, submitted_at AS SubmittedAt, status AS Status, versions AS Versions,
               rejected_rows AS RejectedRows
        FROM v_submission_status WHERE cycle = @cycle AND status <> 'on_time'
        """, new { cycle })
        .OrderBy(r => r.Status == "missing" ? 0 : 1)
        .ThenBy(r => r.District, StringComparer.Ordinal).ThenBy(r => r.SchoolCode, StringComparer.Ordinal).ToList();
}
