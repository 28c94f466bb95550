using System.Text.RegularExpressions;
using Dapper;

namespace Dlict.Tests.Warehouse;

/// <summary>
/// dlict check reads one cycle of v_submission_status (0008): SQLite must seek that cycle's submissions by index,
/// not group the submissions of every cycle loaded so far first.
/// </summary>
public class SubmissionStatusPlanTests
{
    [Test]
    public void One_cycle_of_the_submission_status_seeks_its_submissions()
    {
        using var w = new TestWarehouse();
        using var connection = w.Warehouse.OpenReadOnly();

        var plan = connection.Query<(long Id, long Parent, long NotUsed, string Detail)>(
            "EXPLAIN QUERY PLAN SELECT * FROM v_submission_status WHERE cycle = '2568/1'").Select(p => p.Detail).ToList();

        Assert.That(plan, Has.Some.StartsWith("SEARCH c USING").And.Contains("(cycle=?)"), string.Join("\n", plan));
        Assert.That(plan, Has.Some.StartsWith("SEARCH f USING INDEX ux_fact_submission_version"), string.Join("\n", plan));
        Assert.That(plan.Where(p => Regex.IsMatch(p, @"^SCAN (fact_submission|f|lv)\b")), Is.Empty, "no pass over every cycle's submissions");
    }
}
