using System.Globalization;
using System.Text;

namespace Dlict.Tests.Warehouse.Quality;

/// <summary>
/// Round 1 of 2567 (deadline 10 Jun 2024) and 2568 (10 Jun 2025), one school per boundary, worked out by hand.
/// Boys are half of each grade (rounded down) and each grade has 3 rooms unless a case says otherwise.
/// </summary>
public static class QualityScenario
{
    public const string Jump10 = "1041010001", Jump30 = "1041010002", Under = "1041010003", HalfUp = "1041010004",
        NewGrade = "1041010005", Vanished = "1041010006", Cohort = "1041010007", Levels = "1041010008",
        Ratio = "1041010009", Crowded = "1041010010", Many = "1041010011", Late = "1041010012", Missing = "1041010013",
        Closed = "1041010014", Resent = "1041010015";

    /// <summary>code → grades of 2567/1 (null: not sent), grades of 2568/1 (null: not sent); a grade is (name, total, boys, rooms).</summary>
    private static readonly (string Code, Grade[]? Before, Grade[]? Now)[] Plan =
    [
        (Jump10, [new("ป.2", 30)], [new("ป.2", 40)]),                       // +10 pupils, 33.3 %: flagged
        (Jump30, [new("ป.2", 40)], [new("ป.2", 52)]),                       // +12, exactly 30 %: flagged
        (Under, [new("ป.2", 30), new("ม.2", 40)], [new("ป.2", 39), new("ม.2", 51)]), // +9 (30 %) and +11 (27.5 %): not
        (HalfUp, [new("ป.2", 80), new("ม.2", 80)], [new("ป.2", 105), new("ม.2", 55)]), // ±31.25 % → ±31.3
        (NewGrade, [new("อ.1", 20)], [new("อ.1", 20), new("ป.2", 10), new("ป.4", 9)]), // 10 new: flagged; 9: not
        (Vanished, [new("อ.1", 20), new("ป.2", 10), new("ป.4", 9)], [new("อ.1", 20)]), // 10 gone: flagged; 9: not
        (Cohort, Primary(30, 30, 30, 30, 30, 30), Primary(30, 30, 30, 20, 30, 30)), // ป.3→ป.4 30→20, and ป.4 jumps
        (Levels, [new("อ.3", 40), new("ป.1", 10), new("ป.6", 40), new("ม.1", 10)],
                 [new("อ.3", 40), new("ป.1", 10), new("ป.6", 40), new("ม.1", 10)]), // อ.3→ป.1, ป.6→ม.1: not cohorts
        (Ratio, null, [new("ป.2", 20, 4), new("ป.3", 20, 3), new("ป.4", 19, 0), new("ป.5", 20, 16), new("ป.6", 20, 17)]),
        (Crowded, null, [new("ป.2", 100, Rooms: 2), new("ป.3", 101, Rooms: 2), new("ป.4", 60, Rooms: 0)]),
        (Many, null, [new("อ.1", 60, Rooms: 1), new("อ.2", 60, Rooms: 1), new("อ.3", 60, Rooms: 1), new("ป.1", 60, Rooms: 1),
                      new("ป.2", 60, Rooms: 1), new("ป.3", 60, Rooms: 1), new("ป.4", 60, Rooms: 1)]), // 7 flags, score − 30
        (Late, [new("ป.2", 30)], [new("ป.2", 30)]),                         // late, 31 rows rejected: 100 − 10 − 30
        (Missing, [new("ป.2", 30)], null),
        (Closed, [new("ป.2", 30)], [new("ป.2", 90)]),                       // closed 1 May 2025: not compared
        (Resent, [new("ป.2", 30)], [new("ป.2", 60)]),                       // then corrected to 32: the jump goes
    ];

    /// <summary>Every flag of 2568/1: school, check, grade, previous_value, value, change_pct.</summary>
    public static readonly (string School, string Check, string Grade, long Previous, long Value, double? ChangePct)[] Flags =
    [
        (Jump10, "jump", "ป.2", 30, 40, 33.3),
        (Jump30, "jump", "ป.2", 40, 52, 30.0),
        (HalfUp, "jump", "ป.2", 80, 105, 31.3),
        (HalfUp, "jump", "ม.2", 80, 55, -31.3),
        (NewGrade, "new_grade", "ป.2", 0, 10, null),
        (Vanished, "grade_vanished", "ป.2", 10, 0, -100.0),
        (Cohort, "jump", "ป.4", 30, 20, -33.3),
        (Cohort, "cohort", "ป.4", 30, 20, -33.3),
        (Ratio, "sex_ratio", "ป.3", 3, 20, null),
        (Ratio, "sex_ratio", "ป.6", 17, 20, null),
        (Crowded, "crowded_room", "ป.3", 2, 101, null),
        .. new[] { "อ.1", "อ.2", "อ.3", "ป.1", "ป.2", "ป.3", "ป.4" }.Select(g => (Many, "crowded_room", g, 1L, 60L, (double?)null)),
    ];

    public static TestWarehouse Build(bool resend = true)
    {
        var w = new TestWarehouse();
        w.LoadRegistry(Plan.Select(p => (p.Code, "โรงเรียน " + p.Code[^2..], p.Code == Closed ? "เพ็ญ" : "เมืองอุดรธานี")).ToArray());
        w.Drop("closing.csv", $"school_code,school_name,district,cluster,status,as_of\n{Closed},โรงเรียน 14,เพ็ญ,กลุ่ม เพ็ญ,ยุบ,2025-05-01\n",
            arrivedAt: new DateTime(2025, 5, 2, 8, 0, 0));
        w.Drop("enrol_2567-1.csv", Csv(Plan.Where(p => p.Before is not null).Select(p => (p.Code, p.Before!)), "2024-06-05 09:00"),
            arrivedAt: new DateTime(2024, 6, 20, 8, 0, 0));
        var now = Plan.Where(p => p.Now is not null && p.Code != Late).Select(p => (p.Code, p.Now!));
        w.Drop("enrol_2568-1.csv", Csv(now, "2025-06-05 09:00"), arrivedAt: new DateTime(2025, 6, 20, 8, 0, 0));
        w.Drop("enrol_2568-1 late.csv", Csv([(Late, Plan.Single(p => p.Code == Late).Now!)], "2025-06-11 09:00")
            + string.Concat(Enumerable.Repeat($"{Late},ป.9,1,1,1,2025-06-11 09:00\n", 31)), arrivedAt: new DateTime(2025, 6, 20, 8, 0, 0));
        var report = w.Ingest();
        if (report.Totals.Rejected > 0) throw new InvalidOperationException(string.Join("\n", report.Files.Select(f => f.Message)));
        if (resend) Resend(w);
        return w;
    }

    /// <summary>Resent corrects ป.2 from 60 to 32 (+2 on 30): its jump goes.</summary>
    public static void Resend(TestWarehouse w)
    {
        w.Drop("enrol_2568-1 แก้ไข.csv", Csv([(Resent, [new Grade("ป.2", 32)])], "2025-06-08 09:00"), arrivedAt: new DateTime(2025, 6, 21, 8, 0, 0));
        var report = w.Ingest();
        if (report.Totals.Loaded != 1) throw new InvalidOperationException(string.Join("\n", report.Files.Select(f => f.Message)));
    }

    private static Grade[] Primary(params int[] totals) => totals.Select((t, i) => new Grade("ป." + (i + 1), t)).ToArray();

    private static string Csv(IEnumerable<(string Code, Grade[] Grades)> schools, string at)
    {
        var csv = new StringBuilder("school_code,grade,male,female,classrooms,submitted_at\n");
        foreach (var (code, grades) in schools)
            foreach (var g in grades)
            {
                var boys = g.Boys ?? g.Total / 2;
                csv.Append(CultureInfo.InvariantCulture, $"{code},{g.Name},{boys},{g.Total - boys},{g.Rooms},{at}\n");
            }
        return csv.ToString();
    }

    private sealed record Grade(string Name, int Total, int? Boys = null, int Rooms = 3);
}
