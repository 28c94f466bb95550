using Dapper;

namespace Dlict.Tests.Warehouse.Quality;

/// <summary>
/// The plans SQLite makes for one cycle of the quality views (0017): `dlict check` and the reports read them for a
/// national cycle, where each needless subquery per grade or per school costs tenths of a second.
/// </summary>
public class QualityPlanTests
{
    private static List<string> Plan(string sql)
    {
        using var w = new TestWarehouse();
        using var connection = w.Warehouse.OpenReadOnly();
        return connection.Query<(long Id, long Parent, long NotUsed, string Detail)>("EXPLAIN QUERY PLAN " + sql).Select(p => p.Detail).ToList();
    }

    [Test]
    public void A_school_s_flags_are_counted_once_per_school_not_again_for_its_score()
    {
        var plan = Plan("SELECT * FROM v_data_quality WHERE cycle = '2568/1'");

        // One pass over this year's grades (with the "sent last year" test inside it) and one over last year's;
        // 0012 had six, and SQLite copied them into the score: 24.
        Assert.That(plan.Count(p => p.StartsWith("CORRELATED SCALAR SUBQUERY", StringComparison.Ordinal)), Is.EqualTo(3), string.Join("\n", plan));
        Assert.That(plan, Has.Some.Contains("SEARCH pc USING PRIMARY KEY (cycle_key=? AND school_code=? AND grade_key=?)"), "cohort: last year's grade below");
    }

    [Test]
    public void New_and_vanished_grades_look_up_the_other_round_before_the_school_and_its_submissions()
    {
        var plan = Plan("SELECT * FROM v_enrolment_anomalies WHERE cycle = '2568/1'");

        var arms = Arms(plan).Where(a => a.Any(p => p.EndsWith("LEFT-JOIN", StringComparison.Ordinal))).ToList();
        Assert.That(arms, Has.Count.EqualTo(2), string.Join("\n", plan));
        foreach (var arm in arms)
        {
            var outer = arm.FindIndex(p => p.EndsWith("LEFT-JOIN", StringComparison.Ordinal));
            Assert.That(arm.FindIndex(p => p.StartsWith("CORRELATED SCALAR SUBQUERY", StringComparison.Ordinal)), Is.GreaterThan(outer), string.Join("\n", arm));
            Assert.That(arm.FindIndex(p => p.StartsWith("SEARCH s ", StringComparison.Ordinal)), Is.GreaterThan(outer), string.Join("\n", arm));
        }
    }

    /// <summary>The plan lines of each arm of the view's UNION ALL.</summary>
    private static List<List<string>> Arms(List<string> plan)
    {
        var arms = new List<List<string>>();
        foreach (var line in plan)
            if (line is "LEFT-MOST SUBQUERY" or "UNION ALL") arms.Add([]);
            else if (arms.Count > 0) arms[^1].Add(line);
        return arms;
    }
}
