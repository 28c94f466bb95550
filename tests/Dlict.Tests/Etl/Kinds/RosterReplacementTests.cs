using Dapper;
using Dlict.Etl.Kinds.Students;
using Dlict.Etl.Loading;

namespace Dlict.Tests.Etl.Kinds;

/// <summary>
/// A resubmitted roster replaces exactly its school's earlier students, counts and latest mark (issue 18 item 5: one
/// prepared statement for the schools of a hold of rows, no flush before each school).
/// </summary>
public class RosterReplacementTests
{
    private const string Header = "รหัสโรงเรียน,เลขประจำตัวประชาชน,ชื่อ,นามสกุล,ชั้น,เพศ,วันเกิด\n";
    private static readonly string[] Schools = ["1041010001", "1041010002", "1041010003"];

    [Test]
    public void Replace_keeps_the_rows_of_the_file_being_loaded_and_leaves_other_schools_and_cycles_alone()
    {
        using var w = new TestWarehouse();
        w.LoadRegistry([.. Schools.Select(c => (c, "โรงเรียน " + c, "เพ็ญ"))]);
        using (var connection = w.Warehouse.Open())
        {
            connection.Execute("PRAGMA foreign_keys = OFF"); // files 7 and 9 stand for two loads; only their ids matter here
            connection.Execute("INSERT INTO dim_cycle (cycle_key, cycle, academic_year, round, deadline) VALUES (25681, '2568/1', 2568, 1, '2025-06-10'), (25672, '2567/2', 2567, 2, '2024-11-10')");
            connection.Execute(
                """
                INSERT INTO fact_student (cycle_key, school_code, student_key, id_kind_code, grade_key, sex_code, file_id)
                VALUES (25681, '1041010001', zeroblob(32), 1, 4, 1, 7), (25681, '1041010001', zeroblob(32), 1, 4, 2, 9),
                       (25681, '1041010002', zeroblob(32), 1, 4, 1, 7), (25672, '1041010001', zeroblob(32), 1, 4, 1, 7);
                INSERT INTO fact_roster_count (cycle_key, school_code, grade_key, sex, students)
                VALUES (25681, '1041010001', 4, 'male', 1), (25681, '1041010002', 4, 'male', 1), (25672, '1041010001', 4, 'male', 1);
                INSERT INTO fact_roster_submission (cycle_key, school_code, version, submitted_at, file_id, students, rejected_rows, is_latest)
                VALUES (25681, '1041010001', 1, '2025-06-01 09:00:00', 7, 1, 0, 1), (25681, '1041010002', 1, '2025-06-01 09:00:00', 7, 1, 0, 1);
                """);
            using var tx = connection.BeginTransaction();
            using (var replacement = new RosterReplacement(tx, fileId: 9)) replacement.Replace(25681, ["1041010001"]);
            tx.Commit();
        }

        Assert.That(w.Query<string>("SELECT cycle_key || ' ' || school_code || ' ' || file_id FROM fact_student ORDER BY 1"),
            Is.EqualTo(new[] { "25672 1041010001 7", "25681 1041010001 9", "25681 1041010002 7" }), "file 7's row of school 1 in 2568/1 is gone");
        Assert.That(w.Query<string>("SELECT cycle_key || ' ' || school_code FROM fact_roster_count ORDER BY 1"),
            Is.EqualTo(new[] { "25672 1041010001", "25681 1041010002" }));
        Assert.That(w.Query<string>("SELECT school_code || ' ' || is_latest FROM fact_roster_submission ORDER BY 1"),
            Is.EqualTo(new[] { "1041010001 0", "1041010002 1" }));
    }

    [Test]
    public void More_schools_than_one_statement_takes_are_replaced_in_full_and_remainder_statements()
    {
        using var w = new TestWarehouse();
        var schools = Enumerable.Range(0, 70).Select(i => (1041010100 + i).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        using (var connection = w.Warehouse.Open())
        {
            connection.Execute("PRAGMA foreign_keys = OFF"); // file 7 stands for an earlier load, file 9 for this one
            connection.Execute("INSERT INTO dim_cycle (cycle_key, cycle, academic_year, round, deadline) VALUES (25681, '2568/1', 2568, 1, '2025-06-10')");
            connection.Execute(
                "INSERT INTO fact_student (cycle_key, school_code, student_key, id_kind_code, grade_key, sex_code, file_id) VALUES (25681, @s, zeroblob(32), 1, 4, 1, @f)",
                schools.SelectMany(s => new[] { new { s, f = 7 }, new { s, f = 9 } }));
            using var tx = connection.BeginTransaction();
            using (var replacement = new RosterReplacement(tx, fileId: 9))
                replacement.Replace(25681, schools.Take(RosterReplacement.SchoolsPerStatement + 2).ToList());
            tx.Commit();
        }

        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM fact_student WHERE file_id = 9"), Is.EqualTo(70));
        Assert.That(w.Query<string>("SELECT school_code FROM fact_student WHERE file_id = 7 ORDER BY 1"), Is.EqualTo(schools.Skip(66)),
            "64 schools in one statement, 2 in another; the last 4 were not replaced");
    }

    [Test]
    public void A_resubmission_in_mixed_school_order_replaces_exactly_the_schools_it_brings()
    {
        using var w = new TestWarehouse();
        w.LoadRegistry([.. Schools.Select(c => (c, "โรงเรียน " + c, "เพ็ญ"))]);
        // Each student's birth day tells the rows apart: day 1-9 the first file, 11-19 the resubmission.
        w.Drop("roster_2568-1.csv", Header + string.Concat(Schools.SelectMany((s, i) =>
            new[] { Row(s, 10 * i + 1, 1, "ป.1", "ชาย"), Row(s, 10 * i + 2, 2, "ป.2", "หญิง") })), arrivedAt: new DateTime(2025, 6, 2, 9, 0, 0));
        w.Ingest();
        // Schools 1 and 2 send again, their rows interleaved; student 2 stays in school 1, the others are new.
        w.Drop("roster_2568-1 แก้ไข.csv", Header +
            Row(Schools[0], 2, 11, "ป.2", "หญิง") + Row(Schools[1], 15, 12, "ป.3", "ชาย") + Row(Schools[0], 5, 13, "ป.3", "ชาย") +
            Row(Schools[1], 16, 14, "ป.3", "หญิง") + Row(Schools[1], 17, 15, "ป.4", "หญิง"), arrivedAt: new DateTime(2025, 6, 3, 9, 0, 0));
        var file = w.Ingest().Files.Single();

        Assert.That(file.Status, Is.EqualTo(FileStatus.Loaded), file.Message);
        Assert.That(w.Query<string>(
                """
                SELECT s.school_code || ' ' || substr(s.birth_date_key, 7, 2) || ' ' || s.grade_key || ' ' || f.file_name
                FROM fact_student s JOIN etl_file f ON f.file_id = s.file_id ORDER BY 1
                """),
            Is.EqualTo(new[]
            {
                "1041010001 11 5 roster_2568-1 แก้ไข.csv", "1041010001 13 6 roster_2568-1 แก้ไข.csv",
                "1041010002 12 6 roster_2568-1 แก้ไข.csv", "1041010002 14 6 roster_2568-1 แก้ไข.csv", "1041010002 15 7 roster_2568-1 แก้ไข.csv",
                "1041010003 01 4 roster_2568-1.csv", "1041010003 02 5 roster_2568-1.csv",
            }));
        Assert.That(w.Query<string>("SELECT school_code || ' ' || grade_key || ' ' || sex || ' ' || students FROM fact_roster_count ORDER BY 1"),
            Is.EqualTo(new[]
            {
                "1041010001 5 female 1", "1041010001 6 male 1", "1041010002 6 female 1", "1041010002 6 male 1", "1041010002 7 female 1",
                "1041010003 4 male 1", "1041010003 5 female 1",
            }));
        Assert.That(w.Query<string>("SELECT school_code || ' v' || version || ' ' || students || ' ' || is_latest FROM fact_roster_submission ORDER BY 1"),
            Is.EqualTo(new[] { "1041010001 v1 2 0", "1041010001 v2 2 1", "1041010002 v1 2 0", "1041010002 v2 3 1", "1041010003 v1 2 1" }));
    }

    private static string Row(string school, int student, int day, string grade, string sex) =>
        $"{school},{StudentRosterTests.IdWithRemainder(student % 11, 110170000000 + student * 13L)},ก,ข,{grade},{sex},{day}/6/2560\n";
}
