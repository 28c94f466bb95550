namespace Dlict.Demo;

public enum SchoolStatus
{
    Open,
    Closed,
    Merged,
}

/// <summary>OBEC primary school size bands: small 1–120, medium 121–600, large 601–1,500, extra large ≥ 1,501.</summary>
public enum SchoolSize
{
    Small,
    Medium,
    Large,
    ExtraLarge,
}

/// <summary>Students of one grade of one school in one cycle, as the truth the files were made from.</summary>
public sealed record GradeCount(string Grade, int Male, int Female, int Classrooms)
{
    public int Total => Male + Female;
}

/// <summary>A school of the synthetic district and its true enrolment per cycle (key `2568/1`).</summary>
public sealed record DemoSchool(
    string Code,
    string SmisCode,
    string Name,
    string District,
    string Subdistrict,
    string Cluster,
    bool Dltv,
    SchoolStatus Status,
    bool Extended,
    SchoolSize Size,
    IReadOnlyDictionary<string, IReadOnlyList<GradeCount>> Enrolment)
{
    public IReadOnlyDictionary<string, int> StudentsByCycle =>
        Enrolment.ToDictionary(e => e.Key, e => e.Value.Sum(g => g.Total));

    public static SchoolSize SizeOf(int students) => students switch
    {
        <= 120 => SchoolSize.Small,
        <= 600 => SchoolSize.Medium,
        <= 1500 => SchoolSize.Large,
        _ => SchoolSize.ExtraLarge,
    };
}
