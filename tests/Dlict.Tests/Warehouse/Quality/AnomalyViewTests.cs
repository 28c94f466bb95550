using static Dlict.Tests.Warehouse.Quality.QualityScenario;

namespace Dlict.Tests.Warehouse.Quality;

/// <summary>v_enrolment_anomalies on hand-made schools at each threshold (quality.md).</summary>
public class AnomalyViewTests
{
    private static TestWarehouse _w = null!;

    [OneTimeSetUp]
    public void Load() => _w = Build();

    [OneTimeTearDown]
    public void Dispose() => _w.Dispose();

    private static List<(string School, string Check, string Grade, long Previous, long Value, double? ChangePct)> Rows(TestWarehouse w, string where = "") =>
        w.Query<(string, string, string, long, long, double?)>(
            "SELECT school_code, \"check\", grade, previous_value, value, change_pct FROM v_enrolment_anomalies WHERE cycle = '2568/1' " + where);

    [Test]
    public void The_flags_of_2568_are_exactly_the_hand_made_set() =>
        Assert.That(Rows(_w), Is.EquivalentTo(Flags));

    [Test]
    public void The_first_year_has_no_previous_round_so_only_sex_ratio_and_crowded_room_could_flag() =>
        Assert.That(_w.Query<string>("SELECT \"check\" FROM v_enrolment_anomalies WHERE cycle = '2567/1'"), Is.Empty);

    [Test]
    public void Exactly_10_pupils_and_exactly_30_percent_are_flagged_9_pupils_and_27_5_percent_are_not()
    {
        Assert.That(Rows(_w, $"AND school_code IN ('{Jump10}', '{Jump30}')").Select(r => (r.Check, r.Value - r.Previous)),
            Is.EquivalentTo(new[] { ("jump", 10L), ("jump", 12L) }));
        Assert.That(Rows(_w, $"AND school_code = '{Under}'"), Is.Empty);
    }

    [Test]
    public void Change_pct_rounds_a_quarter_tenth_away_from_zero_both_ways() =>
        Assert.That(Rows(_w, $"AND school_code = '{HalfUp}'").Select(r => r.ChangePct), Is.EquivalentTo(new double?[] { 31.3, -31.3 }));

    [Test]
    public void New_and_vanished_grades_need_10_pupils_and_the_other_year_sent()
    {
        Assert.That(Rows(_w, $"AND school_code IN ('{NewGrade}', '{Vanished}')").Select(r => (r.Check, r.Grade)),
            Is.EquivalentTo(new[] { ("new_grade", "ป.2"), ("grade_vanished", "ป.2") }));
        Assert.That(Rows(_w, $"AND school_code = '{Ratio}' AND \"check\" NOT IN ('sex_ratio')"), Is.Empty,
            "Ratio did not send 2567/1: none of its grades is new");
    }

    [Test]
    public void A_cohort_is_the_next_grade_of_the_same_level_only()
    {
        var cohort = Rows(_w, "AND \"check\" = 'cohort'");
        Assert.That(cohort, Is.EqualTo(new[] { (Cohort, "cohort", "ป.4", 30L, 20L, (double?)-33.3) }));
        Assert.That(Rows(_w, $"AND school_code = '{Levels}'"), Is.Empty, "อ.3 40 → ป.1 10 and ป.6 40 → ม.1 10 cross a level");
        var message = _w.Scalar<string>($"SELECT message FROM v_enrolment_anomalies WHERE school_code = '{Cohort}' AND \"check\" = 'cohort'");
        Assert.That(message, Does.StartWith("นักเรียน ป.3 ปีก่อน 30 คน เป็น ป.4 ปีนี้ 20 คน"));
    }

    [Test]
    public void Sex_ratio_from_20_pupils_strictly_outside_20_to_80_percent_boys()
    {
        Assert.That(Rows(_w, $"AND school_code = '{Ratio}'").Select(r => (r.Grade, r.Previous, r.Value)),
            Is.EquivalentTo(new[] { ("ป.3", 3L, 20L), ("ป.6", 17L, 20L) }), "ป.2 4/20 and ป.5 16/20 are the boundary; ป.4 has 19");
    }

    [Test]
    public void Crowded_room_above_50_a_room_and_not_without_rooms()
    {
        Assert.That(Rows(_w, $"AND school_code = '{Crowded}'").Select(r => (r.Grade, r.Previous, r.Value)),
            Is.EqualTo(new[] { ("ป.3", 2L, 101L) }), "ป.2 100 in 2 rooms is exactly 50; ป.4 has 0 rooms");
        var (th, en) = _w.Query<(string, string)>($"SELECT message, message_en FROM v_enrolment_anomalies WHERE school_code = '{Crowded}'").Single();
        Assert.That((th, en), Is.EqualTo(("ป.3 มีนักเรียน 101 คน ใน 2 ห้อง (เกิน 50 คนต่อห้อง)", "ป.3 has 101 pupils in 2 rooms (over 50 to a room)")));
    }

    [Test]
    public void A_closed_school_is_not_compared()
    {
        Assert.That(_w.Scalar<long>($"SELECT SUM(total) FROM v_enrolment WHERE cycle = '2568/1' AND school_code = '{Closed}'"), Is.EqualTo(90),
            "its file was loaded: 30 → 90 would be a jump");
        Assert.That(Rows(_w, $"AND school_code = '{Closed}'"), Is.Empty);
    }

    [Test]
    public void A_resubmission_removes_the_flag_of_the_first_version()
    {
        using var w = Build(resend: false);
        Assert.That(Rows(w, $"AND school_code = '{Resent}'"), Is.EqualTo(new[] { (Resent, "jump", "ป.2", 30L, 60L, (double?)100.0) }));
        Resend(w);
        Assert.That(Rows(w, $"AND school_code = '{Resent}'"), Is.Empty);
    }
}
