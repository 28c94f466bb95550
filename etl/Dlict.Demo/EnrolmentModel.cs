namespace Dlict.Demo;

/// <summary>The true students per school, grade and sex for every cycle: a first count from the school's size, small transfers between rounds, and cohorts moving up a grade between years.</summary>
internal static class EnrolmentModel
{
    public static IReadOnlyList<(int YearBe, int Round)> Cycles(DemoOptions options) =>
        [.. Enumerable.Range(options.FirstYearBe, options.Years).SelectMany(y => new[] { (y, 1), (y, 2), (y, 3) })];

    public static void Fill(IEnumerable<SchoolPlan> schools, DemoOptions options, Random rng)
    {
        var cycles = Cycles(options);
        foreach (var school in schools.Where(s => s.IsOpen))
        {
            GradeCount[]? previous = null;
            foreach (var (year, round) in cycles)
            {
                var counts = previous is null ? First(school, rng)
                    : round == 1 ? NextYear(school, previous, rng)
                    : Transfers(previous, rng);
                school.Enrolment[DemoCycle.CycleKey(year, round)] = counts;
                previous = counts;
            }
        }
    }

    private static GradeCount[] First(SchoolPlan school, Random rng)
    {
        var grades = school.Grades;
        var perGrade = (double)school.TargetStudents / grades.Count;
        return [.. grades.Select(g => Split(g, Fresh(perGrade, g, rng), rng))];
    }

    private static GradeCount[] NextYear(SchoolPlan school, GradeCount[] last, Random rng)
    {
        var grades = school.Grades;
        var perGrade = (double)school.TargetStudents / grades.Count;
        var result = new GradeCount[grades.Count];
        for (var i = 0; i < grades.Count; i++)
        {
            var grade = grades[i];
            // A level's first grade (อ.1, ป.1, ม.1) takes new pupils; the others move up from the grade below.
            var total = i == 0 || grade is "ป.1" or "ม.1"
                ? Fresh(perGrade, grade, rng)
                : (int)Math.Round(last[i - 1].Total * (0.96 + rng.NextDouble() * 0.08));
            result[i] = Split(grade, Math.Max(1, total), rng);
        }
        return result;
    }

    /// <summary>A grade's pupils from the school's size, ±5 %: years differ by far less than the 30 % of a jump flag.</summary>
    private static int Fresh(double perGrade, string grade, Random rng) => Math.Max(1, (int)Math.Round(perGrade * Weight(grade) * (0.95 + rng.NextDouble() * 0.1)));

    private static GradeCount[] Transfers(GradeCount[] last, Random rng) =>
        [.. last.Select(g =>
        {
            if (rng.NextDouble() > 0.3) return g;
            var male = Math.Max(0, g.Male + rng.Next(-1, 2));
            var female = Math.Max(0, g.Female + rng.Next(-1, 2));
            if (male + female == 0) female = 1;
            return g with { Male = male, Female = female, Classrooms = DemoGrades.Classrooms(male + female) };
        })];

    private static GradeCount Split(string grade, int total, Random rng)
    {
        var male = (int)Math.Round(total * (0.44 + rng.NextDouble() * 0.12));
        return new GradeCount(grade, male, total - male, DemoGrades.Classrooms(total));
    }

    private static double Weight(string grade) => grade[0] switch
    {
        'อ' => 0.85,
        'ม' => 0.9,
        _ => 1.04,
    };
}
