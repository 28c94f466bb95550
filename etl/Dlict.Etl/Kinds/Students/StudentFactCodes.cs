namespace Dlict.Etl.Kinds.Students;

/// <summary>
/// How a student's ID kind, sex and birth date are stored in <c>fact_student</c> (migration 0011): small integer
/// codes and a yyyymmdd date key, because a national roster writes those columns 6.5 million times, twice.
/// </summary>
public static class StudentFactCodes
{
    /// <summary>1 = citizen ID, 2 = G-code (<see cref="StudentId"/>'s <c>citizen_id</c> / <c>g_code</c>).</summary>
    public static long IdKind(string kind) => kind switch
    {
        "citizen_id" => 1,
        "g_code" => 2,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not an ID kind"),
    };

    /// <summary>1 = male, 2 = female: the DMC's codes (<see cref="Sex"/>'s <c>male</c> / <c>female</c>).</summary>
    public static long Sex(string sex) => sex switch
    {
        "male" => 1,
        "female" => 2,
        _ => throw new ArgumentOutOfRangeException(nameof(sex), sex, "not a sex"),
    };

    /// <summary>yyyymmdd, CE: the form of <c>dim_date.date_key</c>.</summary>
    public static long DateKey(DateOnly date) => date.Year * 10_000L + date.Month * 100 + date.Day;
}
