using Dlict.Demo;

namespace Dlict.Tests.Demo;

/// <summary>The demo's last cycle, loaded, flags exactly the anomalies its generator planted (v_enrolment_anomalies).</summary>
public class DemoAnomalyTests
{
    [Test]
    public void The_last_cycle_flags_exactly_the_planted_anomalies()
    {
        using var w = new TestWarehouse();
        var manifest = DemoDistrict.Generate(new DemoOptions(), w.DataDir.Inbox);
        w.Ingest();
        var last = manifest.Cycles[^1];
        var before = manifest.Cycles.Single(c => c.AcademicYearBe == last.AcademicYearBe - 1 && c.Round == last.Round);
        // A broken row that loses a grade's pupils leaves the grade out of that cycle: it may show as a new or vanished grade.
        var lostGrade = last.BrokenRows.Concat(before.BrokenRows).Where(b => b.LostStudents > 0).Select(b => b.SchoolCode!).ToHashSet();

        var flags = w.Query<(string School, string Check, string Grade)>(
            "SELECT school_code, \"check\", grade FROM v_enrolment_anomalies WHERE cycle = @c", new { c = last.Key });

        Assert.That(last.Anomalies.Select(a => a.Check).Distinct(), Is.EquivalentTo(new[] { "jump", "cohort", "grade_vanished", "sex_ratio", "crowded_room" }));
        Assert.That(flags.Where(f => !lostGrade.Contains(f.School)),
            Is.EquivalentTo(last.Anomalies.Where(a => !lostGrade.Contains(a.SchoolCode)).Select(a => (a.SchoolCode, a.Check, a.Grade))));
        Assert.That(flags.Where(f => lostGrade.Contains(f.School)).Select(f => f.Check).Distinct(), Is.SubsetOf(new[] { "new_grade", "grade_vanished" }));
        Assert.That(last.Anomalies.Count(a => !lostGrade.Contains(a.SchoolCode)), Is.GreaterThanOrEqualTo(4), "most of the planted set is checked");
        Assert.That(w.Query<string>("SELECT \"check\" FROM v_enrolment_anomalies WHERE cycle = @c", new { c = before.Key })
            .Where(c => c is not ("new_grade" or "grade_vanished")), Is.Empty, "the model alone flags nothing");
    }
}
