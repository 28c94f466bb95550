namespace Dlict.Reports.Completeness;

/// <summary>One expected school of a cycle: its status (from the first submission), figures of the latest version, roster check.</summary>
public sealed record SchoolCompleteness(
    string SchoolCode,
    string SchoolName,
    string? District,
    string? Cluster,
    DateOnly Deadline,
    DateTime? SubmittedAt,
    DateTime? LastSubmittedAt,
    string Status,
    int Versions,
    int RejectedRows,
    RosterCheck Roster)
{
    /// <summary>Missing first, then late, then on time.</summary>
    public int StatusOrder => Status switch { "missing" => 0, "late" => 1, _ => 2 };
}

/// <summary>The roster against enrolment (v_roster_reconciliation): no roster, counts agree, or some grade and sex differ.</summary>
public enum RosterCheck
{
    NoRoster,
    Match,
    Mismatch,
}

/// <summary>One row problem of the cycle (v_rejects), what the school must fix.</summary>
public sealed record RejectLine(
    string? SchoolCode, string SourceFile, string? Sheet, int? RowNumber, string? Column, string Rule, string Severity, string? Value, string Message);

/// <summary>One line of the summary: a district or <c>ALL</c>.</summary>
public sealed record DistrictCompleteness(string District, int Expected, int Submitted, int OnTime, int Late, int Missing)
{
    public const string All = "ALL";

    public decimal ReportingRate => Rate(Submitted, Expected);

    public decimal OnTimeRate => Rate(OnTime, Expected);

    /// <summary>Percent to one decimal, half away from zero, in integers: the formula of 0002_reporting_views.sql.</summary>
    public static decimal Rate(int part, int whole) => whole == 0 ? 0m : ((2000 * part + whole) / (2 * whole)) / 10m;
}
