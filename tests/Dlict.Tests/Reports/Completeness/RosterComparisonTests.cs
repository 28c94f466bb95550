using Dapper;
using Dlict.Reports.Completeness;

namespace Dlict.Tests.Reports.Completeness;

public class RosterComparisonTests
{
    private const string A = "1041010001", B = "1041010002", C = "1041010003", D = "1041010004", E = "1041010005";

    [Test]
    public void Each_school_is_matched_mismatched_or_without_roster_exactly_as_the_reconciliation_view_says()
    {
        using var w = new TestWarehouse();
        w.LoadRegistry((A, "ก", "เมือง"), (B, "ข", "เมือง"), (C, "ค", "เมือง"), (D, "ง", "เมือง"), (E, "จ", "เมือง"));
        w.Drop("enrol_2568-1.csv", "school_code,grade,male,female\n" +
            $"{A},ป.1,1,1\n{B},ป.1,2,1\n{C},ป.1,1,0\n{D},ป.1,3,3\n{E},ป.1,1,0\n");
        var n = 0;
        string Student(string school, string grade, string sex) =>
            $"{school},{Dlict.Tests.Etl.Kinds.StudentRosterTests.IdWithRemainder(2, 110170000000 + 1000 * n++)},ก,ข,{grade},{sex},\n";
        w.Drop("roster_2568-1.csv", "school_code,student_id,first_name,last_name,grade,sex,birth_date\n" +
            Student(A, "ป.1", "ชาย") + Student(A, "ป.1", "หญิง") +         // A: as counted
            Student(B, "ป.1", "ชาย") + Student(B, "ป.1", "หญิง") +         // B: one boy short
            Student(C, "ป.1", "ชาย") + Student(C, "ป.2", "หญิง") +         // C: a grade enrolment does not have
            Student(E, "ป.1", "ชาย"));                                     // E: no girls on either side
        Assert.That(w.Ingest().Totals.Rejected, Is.Zero);

        using var c = w.Warehouse.OpenReadOnly();
        var checks = RosterComparison.For(c, "2568/1");

        Assert.That(checks, Is.EquivalentTo(new Dictionary<string, RosterCheck>
        {
            [A] = RosterCheck.Match,
            [B] = RosterCheck.Mismatch,
            [C] = RosterCheck.Mismatch,
            [D] = RosterCheck.NoRoster,
            [E] = RosterCheck.Match,
        }));
        var fromView = c.Query<(string School, long RosterCells, long Mismatched)>(
            """
            SELECT school_code, SUM(CASE WHEN roster_count IS NOT NULL THEN 1 ELSE 0 END),
                   SUM(CASE WHEN difference <> 0 OR (roster_count IS NULL AND enrolment_count > 0)
                             OR (enrolment_count IS NULL AND roster_count > 0) THEN 1 ELSE 0 END)
            FROM v_roster_reconciliation WHERE cycle = '2568/1' GROUP BY school_code
            """).ToDictionary(r => r.School, r => r.RosterCells == 0 ? RosterCheck.NoRoster : r.Mismatched > 0 ? RosterCheck.Mismatch : RosterCheck.Match);
        Assert.That(checks, Is.EquivalentTo(fromView), "the same verdicts as grouping the public view");
        Assert.That(RosterComparison.For(c, "2567/1"), Is.Empty, "a cycle without rosters");
    }
}
