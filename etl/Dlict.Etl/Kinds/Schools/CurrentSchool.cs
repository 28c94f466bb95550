namespace Dlict.Etl.Kinds.Schools;

/// <summary>The current registry version of a school as the warehouse holds it before a file is loaded.</summary>
public sealed record CurrentSchool(long Key, string? Smis, DateOnly From, SchoolVersion Version);
