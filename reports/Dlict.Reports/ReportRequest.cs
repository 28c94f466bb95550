namespace Dlict.Reports;

/// <summary>What to build: the cycle (<c>2568/1</c>; null = the latest with enrolment data), where, for whom, when.</summary>
public sealed record ReportRequest(string? Cycle, string OutputPath, string? OfficeName, DateTime GeneratedAt);
