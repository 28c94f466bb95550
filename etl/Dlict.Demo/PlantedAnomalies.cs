namespace Dlict.Demo;

/// <summary>A flag of v_enrolment_anomalies the generator planted on purpose: school, check, grade.</summary>
public sealed record PlantedAnomaly(string SchoolCode, string Check, string Grade);

/// <summary>
/// Plants a known set of anomalies into the true figures of the last cycle (compared with the same round of the year before),
/// each in its own school, none in a school with a special role in the cycle (missing, late, resubmitting) or missing the year before:
/// a grade doubled (a jump, and a cohort break from the grade below last year), a grade sent as 0 pupils
/// (grade_vanished), a grade of 90 % boys (sex_ratio), a grade of more than 50 pupils put in one room (crowded_room).
/// The model's own year-to-year changes stay well inside the thresholds (<see cref="EnrolmentModel"/>).
/// </summary>
internal static class PlantedAnomalies
{
    public static List<PlantedAnomaly> Plant(CyclePlan plan, string previousKey, IReadOnlyList<string> missingBefore, Random rng)
    {
        var planted = new List<PlantedAnomaly>();
        var pool = plan.Expected.Where(s => !plan.IsSpecial(s) && s.Enrolment.ContainsKey(previousKey) && !missingBefore.Contains(s.Code))
            .OrderBy(s => s.Code, StringComparer.Ordinal).OrderBy(_ => rng.Next()).ToList();
        var used = new HashSet<SchoolPlan>();

        Pick(s => Before(s, "ป.3") >= 10, s =>
        {
            Set(plan, s, "ป.3", g => g with { Male = g.Male * 2 + 5, Female = g.Female * 2 + 5, Classrooms = DemoGrades.Classrooms(2 * g.Male + 2 * g.Female + 10) });
            planted.Add(new(s.Code, "jump", "ป.3"));
            planted.Add(new(s.Code, "cohort", "ป.3"));
        });
        Pick(s => Before(s, "ป.5") >= 10, s =>
        {
            Set(plan, s, "ป.5", g => g with { Male = 0, Female = 0, Classrooms = 0 });
            planted.Add(new(s.Code, "grade_vanished", "ป.5"));
        });
        Pick(s => Now(plan, s, "ป.1") >= 20, s =>
        {
            Set(plan, s, "ป.1", g => g with { Male = (g.Male + g.Female) * 9 / 10 + 1, Female = (g.Male + g.Female) - ((g.Male + g.Female) * 9 / 10 + 1) });
            planted.Add(new(s.Code, "sex_ratio", "ป.1"));
        });
        Pick(s => Now(plan, s, "ป.2") > 50, s =>
        {
            Set(plan, s, "ป.2", g => g with { Classrooms = 1 });
            planted.Add(new(s.Code, "crowded_room", "ป.2"));
        });
        return planted;

        void Pick(Func<SchoolPlan, bool> fits, Action<SchoolPlan> plant)
        {
            var school = pool.FirstOrDefault(s => !used.Contains(s) && fits(s));
            if (school is null) return;
            used.Add(school);
            plant(school);
        }

        int Before(SchoolPlan s, string grade) => s.Enrolment[previousKey].FirstOrDefault(g => g.Grade == grade)?.Let(g => g.Male + g.Female) ?? 0;
    }

    private static int Now(CyclePlan plan, SchoolPlan s, string grade) => plan.Truth(s).FirstOrDefault(g => g.Grade == grade)?.Let(g => g.Male + g.Female) ?? 0;

    private static void Set(CyclePlan plan, SchoolPlan s, string grade, Func<GradeCount, GradeCount> change)
    {
        var counts = (GradeCount[])plan.Truth(s).Clone();
        var i = Array.FindIndex(counts, g => g.Grade == grade);
        counts[i] = change(counts[i]);
        s.Enrolment[plan.Key] = counts;
    }

    private static TResult Let<T, TResult>(this T value, Func<T, TResult> f) => f(value);
}
