using Dlict.Reports.Completeness;
using Dlict.Reports.Queries;

namespace Dlict.Tests.Reports.Completeness;

/// <summary>`dlict check` reads the flags on a second connection beside the rest (CompletenessData.WithAnomalies).</summary>
public class PendingAnomaliesTests
{
    private static AnomalyLine Flag(string school, string check) =>
        new() { SchoolCode = school, SchoolName = "โรงเรียน " + school, Grade = "ป.2", GradeOrder = 5, Check = check, PreviousValue = 20, Value = 40 };

    [Test]
    public void Flags_still_being_read_are_waited_for_on_first_use_and_narrow_to_a_school()
    {
        var schools = new[] { "1000000001", "1000000002" }.Select(code => new SchoolCompleteness(code, "โรงเรียน " + code, "อำเภอ 1", null,
            new DateOnly(2025, 6, 10), null, null, "on_time", 1, 0, RosterCheck.NoRoster)).ToList();
        var reading = new TaskCompletionSource<IReadOnlyList<AnomalyLine>>();
        var data = new CompletenessData("2568/1", new DateOnly(2025, 6, 10), null, schools, []).WithAnomalies(reading.Task);

        var first = Task.Run(() => data.Anomalies.Count);
        Assert.That(first.Wait(TimeSpan.FromMilliseconds(200)), Is.False, "no flags yet: the reader waits");
        reading.SetResult([Flag("1000000001", "jump"), Flag("1000000002", "cohort"), Flag("1000000002", "jump")]);

        Assert.That(first.Result, Is.EqualTo(3));
        Assert.That(data.ForSchool("1000000002").Anomalies.Select(a => a.Check), Is.EqualTo(new[] { "cohort", "jump" }));
        Assert.That(data.ForSchool("1000000001").Schools.Single().SchoolCode, Is.EqualTo("1000000001"));
        Assert.That(new CompletenessData("2568/1", null, null, schools, []).Anomalies, Is.Empty, "none unless given");
    }
}
