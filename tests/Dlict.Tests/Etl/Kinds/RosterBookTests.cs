using Dlict.Etl.Loading;

namespace Dlict.Tests.Etl.Kinds;

/// <summary>
/// Which earlier roster a file's roster follows: a file of a few schools (a web upload: one) asks school by school, one
/// of many reads the cycle's rosters once; either way the version, the latest mark and the students come out the same.
/// </summary>
public class RosterBookTests
{
    private const string Header = "รหัสโรงเรียน,เลขประจำตัวประชาชน,ชื่อ,นามสกุล,ชั้น,เพศ,วันเกิด\n";
    private static readonly string[] Schools = [.. Enumerable.Range(1, 20).Select(i => $"10410100{i:D2}")];

    [Test]
    public void An_older_single_school_file_and_a_newer_file_of_many_schools_follow_the_rosters_loaded_before()
    {
        using var w = new TestWarehouse();
        w.LoadRegistry([.. Schools.Select(c => (c, "โรงเรียน " + c, "เพ็ญ"))]);
        w.Drop("roster_2568-1.csv", Header + string.Concat(Schools.Select((s, i) => Rows(s, 100 + i))), arrivedAt: new DateTime(2025, 6, 2, 9, 0, 0));
        w.Ingest();

        // School 1 sends an export made before the one loaded: kept as a version, not the latest.
        w.Drop("roster_2568-1 เก่า.csv", Header + Rows(Schools[0], 300), arrivedAt: new DateTime(2025, 6, 1, 9, 0, 0));
        Assert.That(w.Ingest().Files.Single().Status, Is.EqualTo(FileStatus.Loaded));
        // Schools 2-19 (18, more than are asked one by one) send again, later: each replaces its students.
        w.Drop("roster_2568-1 ใหม่.csv", Header + string.Concat(Schools[1..19].Select((s, i) => Rows(s, 400 + i))), arrivedAt: new DateTime(2025, 6, 3, 9, 0, 0));
        Assert.That(w.Ingest().Files.Single().Status, Is.EqualTo(FileStatus.Loaded));

        Assert.That(w.Query<string>("SELECT school_code || ' v' || version || ' ' || is_latest FROM fact_roster_submission WHERE school_code IN @s ORDER BY 1",
                new { s = new[] { Schools[0], Schools[1], Schools[18], Schools[19] } }),
            Is.EqualTo(new[]
            {
                "1041010001 v1 1", "1041010001 v2 0", "1041010002 v1 0", "1041010002 v2 1",
                "1041010019 v1 0", "1041010019 v2 1", "1041010020 v1 1",
            }));
        Assert.That(w.Query<string>(
                "SELECT f.file_name || ' ' || COUNT(*) FROM fact_student s JOIN etl_file f ON f.file_id = s.file_id GROUP BY f.file_name ORDER BY 1"),
            Is.EqualTo(new[] { "roster_2568-1 ใหม่.csv 36", "roster_2568-1.csv 4" }), "schools 1 and 20 keep the first file's two students each");
    }

    private static string Rows(string school, int seed) =>
        string.Concat(Enumerable.Range(0, 2).Select(k =>
        {
            var student = seed * 2 + k;
            return $"{school},{StudentRosterTests.IdWithRemainder(student % 11, 110170000000 + student * 13L)},ก,ข,ป.{1 + k},{(k == 0 ? "ชาย" : "หญิง")},1/6/2560\n";
        }));
}
