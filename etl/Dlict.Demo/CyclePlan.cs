namespace Dlict.Demo;

/// <summary>Who does what in one cycle: the missing schools, the one late school, the resubmitting school, the schools whose rows get broken, and when each submits.</summary>
internal sealed class CyclePlan
{
    public required int YearBe { get; init; }
    public required int Round { get; init; }
    public required int Index { get; init; }
    public required DateTime Deadline { get; init; }
    public required List<SchoolPlan> Expected { get; init; }
    public required HashSet<SchoolPlan> Missing { get; init; }
    public required SchoolPlan Late { get; init; }
    public required SchoolPlan Resubmitter { get; init; }

    public string Key => DemoCycle.CycleKey(YearBe, Round);

    /// <summary>`2568-1`, the cycle as it appears in file names.</summary>
    public string Dashed => FormattableString.Invariant($"{YearBe}-{Round}");

    public static CyclePlan Make(IReadOnlyList<SchoolPlan> schools, int yearBe, int round, int index, Random rng)
    {
        var expected = schools.Where(s => s.IsOpen).ToList();
        var shuffled = expected.OrderBy(_ => rng.Next()).ToList();
        var missing = rng.Next(3, 7);
        return new CyclePlan
        {
            YearBe = yearBe,
            Round = round,
            Index = index,
            Deadline = ThaiDates.Deadline(yearBe, round),
            Expected = expected,
            Late = shuffled[0],
            Resubmitter = shuffled[1],
            Missing = [.. shuffled.Skip(2).Take(missing)],
        };
    }

    public bool IsSpecial(SchoolPlan s) => s == Late || s == Resubmitter || Missing.Contains(s);

    /// <summary>An on-time first submission: within the three weeks before the deadline, at least four days before it.</summary>
    public DateTime OnTime(Random rng) => ThaiDates.OfficeTime(Deadline.AddDays(-21 + rng.Next(0, 18)), rng);

    /// <summary>A late submission: two to nine days after the deadline day.</summary>
    public DateTime After(Random rng) => ThaiDates.OfficeTime(Deadline.AddDays(2 + rng.Next(0, 8)), rng);

    public GradeCount[] Truth(SchoolPlan s) => s.Enrolment[Key];
}
