using System.Data.Common;
using Dapper;

namespace Dlict.Reports.Queries;

public sealed record ServiceRequest
{
    public string RequestNo { get; init; } = "";
    public object? RequestedAt { get; init; }
    public string? RequesterGroup { get; init; }
    public string ServiceType { get; init; } = "";
    public string? Decision { get; init; }
    public object? CompletedAt { get; init; }
    public double? TurnaroundDays { get; init; }

    public bool IsOpen => CompletedAt is null or DBNull;
}

/// <summary>v_service_requests: every request; null when the view does not exist yet.</summary>
public static class ServiceRequestQuery
{
    public const string View = "v_service_requests";

    public static IReadOnlyList<ServiceRequest>? All(DbConnection c) => !ViewProbe.Exists(c, View) ? null : c.Query<ServiceRequest>(
        """
        SELECT request_no AS RequestNo, requested_at AS RequestedAt, requester_group AS RequesterGroup,
               service_type AS ServiceType, decision AS Decision, completed_at AS CompletedAt,
               CAST(turnaround_days AS REAL) AS TurnaroundDays
        FROM v_service_requests
        """).ToList();
}
