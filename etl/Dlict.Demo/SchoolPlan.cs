namespace Dlict.Demo;

/// <summary>A school while the district is being built (mutable); becomes a <see cref="DemoSchool"/> in the manifest.</summary>
internal sealed class SchoolPlan
{
    public required string Code { get; init; }
    public required string Smis { get; init; }
    public required string Name { get; init; }
    public required string District { get; init; }
    public required string Subdistrict { get; init; }
    public string Cluster { get; set; } = "";
    public bool Dltv { get; set; }
    public SchoolStatus Status { get; set; } = SchoolStatus.Open;
    public bool Extended { get; set; }
    public SchoolSize Size { get; set; }
    public int TargetStudents { get; set; }
    public Dictionary<string, GradeCount[]> Enrolment { get; } = [];

    public bool IsOpen => Status == SchoolStatus.Open;

    public IReadOnlyList<string> Grades => Extended ? DemoGrades.Extended : DemoGrades.Primary;

    public DemoSchool ToManifest() => new(
        Code, Smis, Name, District, Subdistrict, Cluster, Dltv, Status, Extended, Size,
        Enrolment.ToDictionary(e => e.Key, e => (IReadOnlyList<GradeCount>)e.Value));
}

/// <summary>Grades taught: อ.1–อ.3 and ป.1–ป.6 everywhere; ม.1–ม.3 in extended-opportunity schools.</summary>
internal static class DemoGrades
{
    public static readonly string[] Kindergarten = ["อ.1", "อ.2", "อ.3"];
    public static readonly string[] PrimaryOnly = ["ป.1", "ป.2", "ป.3", "ป.4", "ป.5", "ป.6"];
    public static readonly string[] Lower = ["ม.1", "ม.2", "ม.3"];
    public static readonly string[] Primary = [.. Kindergarten, .. PrimaryOnly];
    public static readonly string[] Extended = [.. Primary, .. Lower];

    public static int Classrooms(int students) =>
        students == 0 ? 0 : Math.Max(1, (int)Math.Round(students / 20.0, MidpointRounding.AwayFromZero));
}
