using Dlict.Demo;
using Dlict.Etl.Values;

namespace Dlict.Tests.Demo;

public class DemoTruthTests : DemoFixture
{
    private static readonly string[] OperationKinds = ["training", "equipment", "loans", "dltv_usage", "supervision", "service_requests"];

    [Test]
    public void Citizen_ids_are_valid_except_the_deliberate_bad_ones()
    {
        var bad = new List<(string File, int Row)>();
        var gCodes = 0;
        foreach (var name in Manifest.Roster.Files)
        {
            var lines = File.ReadAllLines(PathOf(name));
            for (var i = 1; i < lines.Length; i++)
            {
                var id = lines[i].Split(',')[1];
                if (CitizenIds.IsGCode(id)) gCodes++;
                else if (!CitizenId.IsValid(id)) bad.Add((name, i + 1));
            }
        }
        Assert.That(bad, Is.EquivalentTo(Manifest.Roster.BadCitizenIds.Select(b => (b.FileName, b.RowNumber))));
        Assert.That(bad, Has.Count.EqualTo(5));
        Assert.That(gCodes, Is.EqualTo(Manifest.Roster.GCodes).And.InRange(Manifest.Roster.Rows / 200, Manifest.Roster.Rows / 50));
        Assert.That(Manifest.Roster.DuplicatedIds, Has.Count.EqualTo(3));
        Assert.That(CitizenId.IsValid("1101700230708"), Is.True);
        Assert.That(CitizenId.IsValid("1101700230705"), Is.False);
    }

    [Test]
    public void Roster_counts_match_enrolment_except_the_mismatched_schools()
    {
        var counts = Manifest.Roster.Files.SelectMany(f => File.ReadAllLines(PathOf(f)).Skip(1))
            .Select(l => l.Split(','))
            .GroupBy(c => (School: c[0], Grade: c[4], Male: c[5] == "ชาย"))
            .ToDictionary(g => g.Key, g => g.Count());
        var mismatched = new HashSet<string>();
        foreach (var school in Manifest.Schools.Where(s => s.Status == SchoolStatus.Open && !Manifest.Cycles.Single(c => c.Key == Manifest.Roster.Cycle).MissingSchools.Contains(s.Code)))
        {
            foreach (var g in school.Enrolment[Manifest.Roster.Cycle])
            {
                if (counts.GetValueOrDefault((school.Code, g.Grade, true)) != g.Male || counts.GetValueOrDefault((school.Code, g.Grade, false)) != g.Female)
                    mismatched.Add(school.Code);
            }
        }
        Assert.That(mismatched, Is.EquivalentTo(Manifest.Roster.MismatchedSchools).And.Count.EqualTo(2));
    }

    [Test]
    public void Each_cycle_has_one_late_school_one_resubmission_and_a_few_missing()
    {
        foreach (var cycle in Manifest.Cycles)
        {
            Assert.That(cycle.Late.SubmittedAt, Is.GreaterThan(cycle.Deadline.AddDays(1)), cycle.Key);
            Assert.That(File.GetLastWriteTime(PathOf(cycle.Late.FileName)), Is.EqualTo(cycle.Late.SubmittedAt));
            Assert.That(cycle.Resubmission.FirstSubmittedAt, Is.LessThan(cycle.Resubmission.CorrectedAt));
            Assert.That(cycle.Resubmission.CorrectedAt, Is.LessThan(cycle.Deadline));
            Assert.That(cycle.Resubmission.CorrectionFileName, Does.Contain("แก้ไข"));
            Assert.That(cycle.MissingSchools, Has.Count.InRange(3, 6));
            Assert.That(cycle.BrokenRows.Select(b => b.Reason).Distinct().Count(), Is.EqualTo(4));
            Assert.That(cycle.Files.Where(f => f.Name != cycle.Late.FileName).Max(f => f.LastWriteTime), Is.LessThan(cycle.Deadline));
            Assert.That(cycle.Files.Min(f => f.LastWriteTime), Is.GreaterThan(Manifest.Registry.LastWriteTime));
        }
    }

    [Test]
    public void Operations_files_cover_every_kind_with_their_bad_rows()
    {
        Assert.That(Manifest.Operations.Select(o => o.Kind), Is.EquivalentTo(OperationKinds));
        Assert.That(Manifest.Operations.Single(o => o.Kind == "equipment").BrokenRows, Has.Count.EqualTo(2));
        Assert.That(Manifest.Operations.Single(o => o.Kind == "service_requests").Rows, Is.EqualTo(400));
        Assert.That(Manifest.Operations.Single(o => o.Kind == "loans").Rows, Is.EqualTo(150));
    }
}
