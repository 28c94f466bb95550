using System.Data.Common;
using Dapper;

namespace Dlict.Reports.Completeness;

/// <summary>
/// Per school, does the cycle's roster agree with its enrolment counts? The same comparison as
/// <c>v_roster_reconciliation</c> (a grade × sex cell disagrees when the roster count, or 0 without one, differs from
/// the enrolment count; a roster grade without enrolment always disagrees), counted per school straight from the
/// tables' keys: grouping the view by school sorted every cell of a national cycle (0.9 s; this: 0.35 s).
/// </summary>
public static class RosterComparison
{
    public static Dictionary<string, RosterCheck> For(DbConnection c, string cycle)
    {
        var cycleKey = c.ExecuteScalar<long?>("SELECT cycle_key FROM dim_cycle WHERE cycle = @cycle", new { cycle });
        if (cycleKey is null || c.ExecuteScalar<long>("SELECT COUNT(*) FROM fact_roster_count WHERE cycle_key = @cycleKey", new { cycleKey }) == 0)
            return [];
        var cells = c.Query<(string School, long RosterCells, long Mismatched)>(
            """
            SELECT e.school_code,
                   SUM(CASE WHEN m.students IS NOT NULL THEN 1 ELSE 0 END) + SUM(CASE WHEN f.students IS NOT NULL THEN 1 ELSE 0 END),
                   SUM(CASE WHEN COALESCE(m.students, 0) <> e.male THEN 1 ELSE 0 END) + SUM(CASE WHEN COALESCE(f.students, 0) <> e.female THEN 1 ELSE 0 END)
            FROM fact_enrolment e
            LEFT JOIN fact_roster_count m ON m.cycle_key = e.cycle_key AND m.school_code = e.school_code AND m.grade_key = e.grade_key AND m.sex = 'male'
            LEFT JOIN fact_roster_count f ON f.cycle_key = e.cycle_key AND f.school_code = e.school_code AND f.grade_key = e.grade_key AND f.sex = 'female'
            WHERE e.cycle_key = @cycleKey
            GROUP BY e.school_code
            UNION ALL
            SELECT r.school_code, COUNT(*), COUNT(*)
            FROM fact_roster_count r
            WHERE r.cycle_key = @cycleKey
              AND NOT EXISTS (SELECT 1 FROM fact_enrolment e WHERE e.cycle_key = r.cycle_key AND e.school_code = r.school_code AND e.grade_key = r.grade_key)
            GROUP BY r.school_code
            """, new { cycleKey });
        var bySchool = new Dictionary<string, (long RosterCells, long Mismatched)>(StringComparer.Ordinal);
        foreach (var (school, rosterCells, mismatched) in cells)
        {
            var (r, m) = bySchool.GetValueOrDefault(school);
            bySchool[school] = (r + rosterCells, m + mismatched);
        }
        return bySchool.ToDictionary(s => s.Key, s => s.Value.RosterCells == 0 ? RosterCheck.NoRoster
            : s.Value.Mismatched > 0 ? RosterCheck.Mismatch : RosterCheck.Match, StringComparer.Ordinal);
    }
}
