namespace Dlict.Etl.Kinds.Training;

/// <summary>One attendance row: the course it belongs to and the person by keyed hash only (the name is dropped on read).</summary>
public sealed record TrainingRecord(
    string CourseCode, string? CourseTitle, DateOnly StartDate, decimal? Hours, string PersonHash,
    string? SchoolCode, string? WorkGroup, string? Position, bool Attended, bool? Passed);
