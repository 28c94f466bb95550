namespace Dlict.Demo;

/// <summary>One long-form enrolment row to write; <see cref="Fault"/> marks a deliberately broken row and <see cref="LostStudents"/> the true students it hides.</summary>
internal sealed record EnrolmentLine(string SchoolCode, string Grade, int Male, int Female, int Total, int Classrooms, DateTime SubmittedAt)
{
    public string? Fault { get; init; }

    public int LostStudents { get; init; }

    public static IEnumerable<EnrolmentLine> For(string schoolCode, IEnumerable<GradeCount> counts, DateTime submittedAt) =>
        counts.Select(g => new EnrolmentLine(schoolCode, g.Grade, g.Male, g.Female, g.Total, g.Classrooms, submittedAt));
}

/// <summary>The four enrolment layouts an office receives.</summary>
internal enum EnrolmentFormat
{
    ThaiCsv874,
    EnglishCsvSemicolon,
    WideDmc,
    Xlsx,
}
