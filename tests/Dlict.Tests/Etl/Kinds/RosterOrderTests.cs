using System.Globalization;
using System.Text;
using Dlict.Etl.Loading;
using Dlict.Etl.Privacy;

namespace Dlict.Tests.Etl.Kinds;

/// <summary>
/// The same roster rows by school, by grade and shuffled load the same facts, counts and rejects (issue 18 item 5:
/// the order changes the speed, never the result). Duplicates repeat a row of their school exactly, so whichever
/// comes first is the same student.
/// </summary>
public class RosterOrderTests
{
    private const string Header = "รหัสโรงเรียน,เลขประจำตัวประชาชน,ชื่อ,นามสกุล,ชั้น,เพศ,วันเกิด\n";
    private static readonly string[] Grades = ["อ.1", "ป.1", "ป.2", "ป.3", "ป.6"];

    [Test]
    public void School_sorted_grade_sorted_and_shuffled_rosters_load_identical_facts_and_duplicate_findings()
    {
        var rows = Rows();
        var bySchool = rows.OrderBy(r => r.School).ThenBy(r => r.N).ToList();
        var byGrade = rows.OrderBy(r => r.Grade).ThenBy(r => r.School).ThenBy(r => r.N).ToList();
        var random = new Random(2568);
        var shuffled = rows.OrderBy(_ => random.Next()).ToList();

        var results = new[] { bySchool, byGrade, shuffled }.Select(Load).ToList();

        Assert.That(results[0].Facts, Has.Count.EqualTo(12 * 40 - 12), "every student once: 12 schools × 40, less 12 bad IDs");
        Assert.That(results[0].Rejects.Count(r => r.StartsWith("STU-006", StringComparison.Ordinal)), Is.EqualTo(24), "two repeats in each school");
        Assert.That(results[0].Rejects.Count(r => r.StartsWith("STU-001", StringComparison.Ordinal)), Is.EqualTo(12));
        Assert.That(results[0].Facts.Select(f => f[..10]).Distinct().Count(), Is.EqualTo(12));
        for (var order = 1; order < 3; order++)
        {
            Assert.That(results[order].Facts, Is.EqualTo(results[0].Facts), $"order {order}: facts");
            Assert.That(results[order].Counts, Is.EqualTo(results[0].Counts), $"order {order}: fact_roster_count");
            Assert.That(results[order].Rejects, Is.EqualTo(results[0].Rejects), $"order {order}: rejects");
            Assert.That(results[order].Submissions, Is.EqualTo(results[0].Submissions), $"order {order}: fact_roster_submission");
        }
    }

    [Test]
    public void A_shuffled_roster_writes_its_versions_in_school_code_order()
    {
        var random = new Random(2569);
        var shuffled = Rows().OrderBy(_ => random.Next()).ToList();
        var firstSeen = shuffled.Select(r => r.School).Distinct().ToList();

        var loaded = Load(shuffled);

        Assert.That(firstSeen, Is.Not.Ordered, "the file meets its schools out of order");
        Assert.That(loaded.VersionsWritten, Is.EqualTo(firstSeen.Order(StringComparer.Ordinal)),
            "fact_roster_submission's rows (and fact_roster_count's) go in key order: not one index page each");
    }

    private sealed record Row(int N, string School, string Id, string Grade, string Sex, string Born);

    private static List<Row> Rows()
    {
        var rows = new List<Row>();
        for (var s = 0; s < 12; s++)
        {
            var school = (1041010001 + s).ToString(CultureInfo.InvariantCulture);
            for (var i = 0; i < 40; i++)
            {
                var n = s * 40 + i;
                var id = StudentRosterTests.IdWithRemainder(n % 11, 110170000000 + n * 13L);
                if (i == 5) id = id[..12] + (char)('0' + (id[12] - '0' + 1) % 10); // a bad check digit
                rows.Add(new Row(n, school, id, Grades[i % Grades.Length], i % 2 == 0 ? "ชาย" : "หญิง", $"{1 + i % 28}/{1 + s % 12}/2560"));
            }
            rows.Add(rows[^7] with { N = 10_000 + s }); // a student listed twice, the same row again
            rows.Add(rows[^30] with { N = 20_000 + s });
        }
        return rows;
    }

    private sealed record Loaded(List<string> Facts, List<string> Counts, List<string> Rejects, List<string> Submissions, List<string> VersionsWritten);

    private static Loaded Load(List<Row> rows)
    {
        using var w = new TestWarehouse();
        // One key for the three warehouses, so the same student has the same key in each.
        File.WriteAllText(Path.Combine(w.DataDir.Root, HashKey.FileName), Convert.ToBase64String(Encoding.ASCII.GetBytes("roster-order-test-key-0123456789abcdef")));
        w.LoadRegistry([.. rows.Select(r => r.School).Distinct().Select(c => (c, "โรงเรียน " + c, "เมืองอุดรธานี"))]);
        var csv = new StringBuilder(Header);
        foreach (var r in rows) csv.Append(CultureInfo.InvariantCulture, $"{r.School},{r.Id},ชื่อ{r.N},สกุล,{r.Grade},{r.Sex},{r.Born}\n");
        w.Drop("รายชื่อนักเรียน_2568-1.csv", csv.ToString());

        var file = w.Ingest().Files.Single();

        Assert.That(file.Status, Is.EqualTo(FileStatus.Loaded), file.Message);
        return new Loaded(
            w.Query<string>("SELECT school_code || ' ' || hex(student_key) || ' ' || grade_key || ' ' || sex_code || ' ' || IFNULL(birth_date_key, '-') FROM fact_student ORDER BY 1"),
            w.Query<string>("SELECT school_code || ' ' || grade_key || ' ' || sex || ' ' || students FROM fact_roster_count ORDER BY 1"),
            w.Query<string>("SELECT rule || ' ' || IFNULL(school_code, '-') || ' ' || IFNULL(value, '-') FROM v_rejects ORDER BY 1"),
            w.Query<string>("SELECT school_code || ' ' || version || ' ' || students || ' ' || rejected_rows || ' ' || is_latest FROM fact_roster_submission ORDER BY 1"),
            w.Query<string>("SELECT school_code FROM fact_roster_submission ORDER BY roster_id"));
    }
}
