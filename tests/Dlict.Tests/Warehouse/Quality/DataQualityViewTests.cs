using Dlict.Reports.Dictionary;
using static Dlict.Tests.Warehouse.Quality.QualityScenario;

namespace Dlict.Tests.Warehouse.Quality;

/// <summary>v_data_quality: score = 100 − 10 × late − min(30, rejected_rows) − min(30, 5 × anomalies).</summary>
public class DataQualityViewTests
{
    private static TestWarehouse _w = null!;

    [OneTimeSetUp]
    public void Load() => _w = Build();

    [OneTimeTearDown]
    public void Dispose() => _w.Dispose();

    private static Dictionary<string, (string Status, long Late, long Rejected, long Anomalies, long? Score)> Scores() =>
        _w.Query<(string, string, long, long, long, long?)>(
                "SELECT school_code, status, late, rejected_rows, anomalies, score FROM v_data_quality WHERE cycle = '2568/1'")
            .ToDictionary(r => r.Item1, r => (r.Item2, r.Item3, r.Item4, r.Item5, r.Item6));

    [Test]
    public void Scores_of_the_hand_made_schools()
    {
        var s = Scores();
        Assert.That(s[Jump10], Is.EqualTo(("on_time", 0L, 0L, 1L, (long?)95)));
        Assert.That(s[HalfUp], Is.EqualTo(("on_time", 0L, 0L, 2L, (long?)90)));
        Assert.That(s[Many], Is.EqualTo(("on_time", 0L, 0L, 7L, (long?)70)), "7 flags cost 30, not 35");
        Assert.That(s[Late], Is.EqualTo(("late", 1L, 31L, 0L, (long?)60)), "31 rejected rows cost 30");
        Assert.That(s[Levels], Is.EqualTo(("on_time", 0L, 0L, 0L, (long?)100)));
    }

    [Test]
    public void A_school_that_has_not_sent_has_no_score_and_a_closed_school_no_row()
    {
        var s = Scores();
        Assert.That(s[Missing], Is.EqualTo(("missing", 0L, 0L, 0L, (long?)null)));
        Assert.That(s.ContainsKey(Closed), Is.False);
    }

    [Test]
    public void Anomalies_count_the_rows_of_v_enrolment_anomalies()
    {
        var counted = _w.Query<(string, long)>("SELECT school_code, COUNT(*) FROM v_enrolment_anomalies WHERE cycle = '2568/1' GROUP BY school_code");
        var scores = Scores();
        Assert.That(counted, Is.Not.Empty);
        Assert.That(counted.Select(c => (c.Item1, scores[c.Item1].Anomalies)), Is.EquivalentTo(counted));
        Assert.That(scores.Values.Sum(v => v.Anomalies), Is.EqualTo(Flags.Length));
    }

    [Test]
    public void The_dictionary_examples_answer_on_the_hand_made_schools()
    {
        var flags = _w.Query<(string, string, string, string)>(DataDictionary.Find("v_enrolment_anomalies")!.ExampleQuery)
            .Select(r => (r.Item2, r.Item3, r.Item4)).ToList();
        Assert.That(flags, Has.Count.EqualTo(Flags.Length));
        Assert.That(flags[0], Is.EqualTo(("โรงเรียน 01", "ป.2", "jump")));
        var lowest = _w.Query<(string, string, string, long, long, long, long)>(DataDictionary.Find("v_data_quality")!.ExampleQuery)
            .Select(r => (r.Item2, r.Item7)).ToList();
        Assert.That(lowest[0], Is.EqualTo(("โรงเรียน 12", 60L)));
        Assert.That(lowest[1], Is.EqualTo(("โรงเรียน 11", 70L)));
        Assert.That(lowest.Select(r => r.Item2), Is.Ordered.And.All.LessThan(100L), "the schools that lost points, lowest first");
    }
}
