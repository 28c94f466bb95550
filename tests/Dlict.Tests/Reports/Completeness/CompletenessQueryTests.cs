using Dlict.Reports.Completeness;
using static Dlict.Tests.Reports.Completeness.CompletenessScenario;

namespace Dlict.Tests.Reports.Completeness;

/// <summary>Status at the deadline boundary, --as-of replay, closed schools, resubmission after the deadline.</summary>
public class CompletenessQueryTests
{
    private static TestWarehouse _w = null!;

    [OneTimeSetUp]
    public void Load() => _w = Build();

    [OneTimeTearDown]
    public void Dispose() => _w.Dispose();

    private static Dictionary<string, SchoolCompleteness> Statuses(DateOnly? asOf = null)
    {
        using var c = _w.Warehouse.OpenReadOnly();
        return CompletenessQuery.Load(c, "2568/1", asOf).Schools.ToDictionary(s => s.SchoolCode);
    }

    [Test]
    public void On_time_late_and_missing_at_the_deadline_boundary_and_a_closed_school_is_not_expected()
    {
        var s = Statuses();
        Assert.That(s.Keys, Is.EquivalentTo(new[] { A, B, C, E }), "D closed on 1 May: not expected on 10 Jun");
        Assert.That((s[A].Status, s[B].Status, s[C].Status), Is.EqualTo(("on_time", "late", "missing")));
        Assert.That(s[A].SubmittedAt, Is.EqualTo(new DateTime(2025, 6, 10, 23, 59, 0)));
        Assert.That(s[A].RejectedRows, Is.EqualTo(1));
    }

    [Test]
    public void A_resubmission_after_the_deadline_keeps_the_first_on_time_status()
    {
        var e = Statuses()[E];
        Assert.That((e.Status, e.Versions), Is.EqualTo(("on_time", 2)));
        Assert.That(e.LastSubmittedAt, Is.EqualTo(new DateTime(2025, 6, 20, 10, 0, 0)));
    }

    [Test]
    public void As_of_a_day_counts_only_what_was_submitted_by_its_end()
    {
        var deadline = Statuses(new DateOnly(2025, 6, 10));
        Assert.That((deadline[A].Status, deadline[B].Status, deadline[E].Status, deadline[E].Versions), Is.EqualTo(("on_time", "missing", "on_time", 1)));
        var before = Statuses(new DateOnly(2025, 6, 4));
        Assert.That(before.Values.Select(v => v.Status), Is.All.EqualTo("missing"));
        var after = Statuses(new DateOnly(2025, 6, 11));
        Assert.That(after[B].Status, Is.EqualTo("late"));
    }

    [Test]
    public void District_figures_equal_v_reporting_rate()
    {
        using var c = _w.Warehouse.OpenReadOnly();
        var ours = CompletenessQuery.Load(c, "2568/1", null).Districts()
            .Select(d => (d.District, (long)d.Expected, (long)d.Submitted, (long)d.OnTime, (long)d.Late, (long)d.Missing, (double)d.ReportingRate, (double)d.OnTimeRate));
        var view = _w.Query<(string, long, long, long, long, long, double, double)>(
            "SELECT district, expected, submitted, on_time, late, missing, reporting_rate, on_time_rate FROM v_reporting_rate WHERE cycle = '2568/1'");
        Assert.That(ours, Is.EquivalentTo(view));
    }
}
