namespace Dlict.Reports.Completeness;

/// <summary>
/// What `dlict check` (and the reminder e-mails) ask for: a cycle (<c>2568/1</c>), where to write, for which office, when;
/// <paramref name="AsOf"/> replays the state at the end of that day; <paramref name="SchoolCode"/> narrows the workbook to one school.
/// </summary>
public sealed record CompletenessRequest(
    string Cycle, string OutputPath, string? OfficeName, DateTime GeneratedAt, DateOnly? AsOf = null, string? SchoolCode = null);
