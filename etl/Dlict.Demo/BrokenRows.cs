namespace Dlict.Demo;

/// <summary>Puts a cycle's deliberately wrong rows into its long-form files: total ≠ male + female, a negative count, grade ป.7, an unknown school code.</summary>
internal static class BrokenRows
{
    public const string TotalMismatch = "total ≠ male + female";
    public const string Negative = "negative count";
    public const string UnknownGrade = "unknown grade ป.7";
    public const string UnknownSchool = "unknown school code";

    public static void Inject(List<List<EnrolmentLine>> groups, CyclePlan plan, Random rng)
    {
        if (groups.Count == 0) return;
        var start = rng.Next(groups.Count);
        var touched = new HashSet<string>();
        for (var k = 0; k < 4; k++)
        {
            var lines = groups[(start + k) % groups.Count];
            var candidates = lines.Select((l, i) => (l, i))
                .Where(x => x.l.Fault is null && x.l.SchoolCode != plan.Resubmitter.Code && !touched.Contains(x.l.SchoolCode) && x.l.Total > 0)
                .ToList();
            if (candidates.Count == 0) continue;
            var (line, index) = candidates[rng.Next(candidates.Count)];
            touched.Add(line.SchoolCode);
            switch (k)
            {
                case 0:
                    lines[index] = line with { Total = line.Total + 1 + rng.Next(0, 3), Fault = TotalMismatch, LostStudents = line.Total };
                    break;
                case 1:
                    var male = -Math.Max(1, line.Male);
                    lines[index] = line with { Male = male, Total = male + line.Female, Fault = Negative, LostStudents = line.Total };
                    break;
                case 2:
                    lines.Insert(index + 1, line with { Grade = "ป.7", Male = 1 + rng.Next(0, 3), Female = 1, Total = 0, Fault = UnknownGrade, LostStudents = 0 });
                    lines[index + 1] = lines[index + 1] with { Total = lines[index + 1].Male + lines[index + 1].Female, Classrooms = 1 };
                    break;
                default:
                    var code = FormattableString.Invariant($"104199{rng.Next(1000, 10000)}");
                    lines.Insert(index + 1, line with { SchoolCode = code, Fault = UnknownSchool, LostStudents = 0 });
                    break;
            }
        }
    }
}
