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

    [Test]
    public void New_students_overwrite_the_replaced_ones_in_place_and_leave_what_deleting_and_inserting_leaves()
    {
        // The first file: school 1 has students 1-3 (rows 1-3), school 2 students 4-5 (rows 4-5), school 3 student 6.
        // The resubmission: school 1 keeps one student (two rows left over), school 2 sends four (two more rows).
        var first = Header + Row(Schools[0], 1, 1, "ป.1", "ชาย") + Row(Schools[0], 2, 2, "ป.1", "หญิง") + Row(Schools[0], 3, 3, "ป.2", "ชาย") +
            Row(Schools[1], 4, 4, "ป.1", "ชาย") + Row(Schools[1], 5, 5, "ป.1", "ชาย") + Row(Schools[2], 6, 6, "ป.3", "หญิง");
        var again = Header + Row(Schools[1], 4, 14, "ป.2", "ชาย") + Row(Schools[0], 2, 12, "ป.2", "หญิง") + Row(Schools[1], 7, 17, "ป.2", "หญิง") +
            Row(Schools[1], 8, 18, "ป.2", "ชาย") + Row(Schools[1], 9, 19, "ป.3", "ชาย");
        const string Students = """
            SELECT s.school_code || ' ' || substr(s.birth_date_key, 7, 2) || ' ' || s.grade_key || ' ' || s.sex_code || ' ' || f.file_name
            FROM fact_student s JOIN etl_file f ON f.file_id = s.file_id ORDER BY 1
            """;
        const string Places = "SELECT rowid || ' ' || school_code || ' ' || substr(birth_date_key, 7, 2) FROM fact_student ORDER BY rowid";

        (List<string> Students, List<string> Places, List<string> Counts) Load(Func<TestWarehouse, Dlict.Warehouse.IWarehouse> through)
        {
            using var w = new TestWarehouse();
            w.LoadRegistry([.. Schools.Select(c => (c, "โรงเรียน " + c, "เพ็ญ"))]);
            w.Drop("roster_2568-1.csv", first, arrivedAt: new DateTime(2025, 6, 2, 9, 0, 0));
            w.Ingest(through: through(w));
            w.Drop("roster_2568-1 แก้ไข.csv", again, arrivedAt: new DateTime(2025, 6, 3, 9, 0, 0));
            var file = w.Ingest(through: through(w)).Files.Single();
            Assert.That(file.Status, Is.EqualTo(FileStatus.Loaded), file.Message);
            return (w.Query<string>(Students).ToList(), w.Query<string>(Places).ToList(),
                w.Query<string>("SELECT school_code || ' ' || grade_key || ' ' || sex || ' ' || students FROM fact_roster_count ORDER BY 1").ToList());
        }

        var inPlace = Load(w => w.Warehouse);
        var deleting = Load(w => new DeletingWarehouse(w.Warehouse));

        Assert.That(inPlace.Students, Is.EqualTo(new[]
        {
            "1041010001 12 5 2 roster_2568-1 แก้ไข.csv",
            "1041010002 14 5 1 roster_2568-1 แก้ไข.csv", "1041010002 17 5 2 roster_2568-1 แก้ไข.csv",
            "1041010002 18 5 1 roster_2568-1 แก้ไข.csv", "1041010002 19 6 1 roster_2568-1 แก้ไข.csv",
            "1041010003 06 6 2 roster_2568-1.csv",
        }));
        Assert.That(deleting.Students, Is.EqualTo(inPlace.Students), "the same students either way");
        Assert.That(deleting.Counts, Is.EqualTo(inPlace.Counts));
        Assert.That(inPlace.Counts, Is.EqualTo(new[] { "1041010001 5 female 1", "1041010002 5 female 1", "1041010002 5 male 2", "1041010002 6 male 1", "1041010003 6 female 1" }));
        Assert.That(inPlace.Places, Is.EqualTo(new[] { "1 1041010001 12", "4 1041010002 14", "5 1041010002 17", "6 1041010003 06", "7 1041010002 18", "8 1041010002 19" }),
            "school 1's first row and school 2's two rows were overwritten where they were; rows 2 and 3 left over and deleted; two rows added");
        Assert.That(deleting.Places, Is.EqualTo(new[] { "6 1041010003 06", "7 1041010001 12", "8 1041010002 14", "9 1041010002 17", "10 1041010002 18", "11 1041010002 19" }),
            "deleted and inserted: the new rows come after the old ones, written in school order");
    }

    [Test]
    public void A_resubmission_of_many_schools_overwrites_each_whole_run_in_place_and_deletes_a_scattered_school()
    {
        // 20 schools (more than a file asks about one by one: the cycle's runs are read ahead), 3 students each, by
        // school (rows 1-60). Then school 0 alone sends 4: three overwrite rows 1-3, the fourth is row 61, so its rows
        // are no longer one run when all 20 send again.
        var schools = Enumerable.Range(0, 20).Select(i => (1041010100 + i).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        string File(int dayOffset) => Header + string.Concat(schools.SelectMany((s, i) =>
            Enumerable.Range(0, 3).Select(k => Row(s, 3 * i + k + 1, dayOffset + k + 1, "ป.1", k == 1 ? "หญิง" : "ชาย"))));
        var schoolZeroAlone = Header + string.Concat(Enumerable.Range(0, 4).Select(k => Row(schools[0], 70 + k, 21 + k, "ป.2", "ชาย")));
        const string Places = "SELECT rowid || ' ' || school_code || ' ' || substr(birth_date_key, 7, 2) FROM fact_student ORDER BY rowid";

        (List<string> Places, List<string> Counts) Load(Func<TestWarehouse, Dlict.Warehouse.IWarehouse> through)
        {
            using var w = new TestWarehouse();
            w.LoadRegistry([.. schools.Select(c => (c, "โรงเรียน " + c, "เพ็ญ"))]);
            w.Drop("roster_2568-1.csv", File(0), arrivedAt: new DateTime(2025, 6, 2, 9, 0, 0));
            w.Ingest(through: through(w));
            w.Drop("roster_2568-1 โรงเรียน 0.csv", schoolZeroAlone, arrivedAt: new DateTime(2025, 6, 3, 9, 0, 0));
            w.Ingest(through: through(w));
            w.Drop("roster_2568-1 แก้ไข.csv", File(10), arrivedAt: new DateTime(2025, 6, 4, 9, 0, 0));
            var file = w.Ingest(through: through(w)).Files.Single();
            Assert.That(file.Status, Is.EqualTo(FileStatus.Loaded), file.Message);
            Assert.That(file.RowsLoaded, Is.EqualTo(60));
            return (w.Query<string>(Places).ToList(),
                w.Query<string>("SELECT school_code || ' ' || grade_key || ' ' || sex || ' ' || students FROM fact_roster_count ORDER BY 1").ToList());
        }

        var inPlace = Load(w => w.Warehouse);
        var deleting = Load(w => new DeletingWarehouse(w.Warehouse));

        var expected = schools.Skip(1).SelectMany((s, i) => Enumerable.Range(0, 3).Select(k => $"{4 + 3 * i + k} {s} {11 + k}"))
            .Concat(Enumerable.Range(0, 3).Select(k => $"{61 + k} {schools[0]} {11 + k}"));
        Assert.That(inPlace.Places, Is.EqualTo(expected),
            "schools 1-19 overwritten where they were (rows 4-60); school 0's scattered rows (1-3 and 61) deleted, its new ones added after row 60");
        Assert.That(deleting.Places.Select(p => p[(p.IndexOf(' ') + 1)..]).Order(), Is.EqualTo(inPlace.Places.Select(p => p[(p.IndexOf(' ') + 1)..]).Order()),
            "the same students as deleting and inserting leaves");
        Assert.That(inPlace.Counts, Is.EqualTo(deleting.Counts));
        Assert.That(inPlace.Counts, Has.Count.EqualTo(40));
        Assert.That(inPlace.Counts.Take(2), Is.EqualTo(new[] { "1041010100 4 female 1", "1041010100 4 male 2" }), "school 0's ป.2 counts are gone");
    }

    [Test]
    public void Runs_read_ahead_see_the_rows_as_the_last_load_left_them_not_the_loading_transaction()
    {
        using var w = new TestWarehouse();
        using var connection = w.Warehouse.Open();
        connection.Execute("PRAGMA foreign_keys = OFF");
        connection.Execute("INSERT INTO dim_cycle (cycle_key, cycle, academic_year, round, deadline) VALUES (25681, '2568/1', 2568, 1, '2025-06-10')");
        connection.Execute(
            "INSERT INTO fact_student (cycle_key, school_code, student_key, id_kind_code, grade_key, sex_code, file_id) VALUES (25681, @s, zeroblob(32), 1, 4, 1, 7)",
            new[] { "1041010001", "1041010001", "1041010002", "1041010001" }.Select(s => new { s }));
        using var tx = connection.BeginTransaction();
        connection.Execute("INSERT INTO fact_student (cycle_key, school_code, student_key, id_kind_code, grade_key, sex_code, file_id) VALUES (25681, '1041010002', zeroblob(32), 1, 4, 1, 9)", transaction: tx);
        using var runs = new SchoolRuns(tx);

        var asked = runs.Of(25681, ["1041010001", "1041010002"]);
        runs.ReadAhead(25681, w.Warehouse);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!runs.HasReadAhead(25681) && waited.Elapsed < TimeSpan.FromSeconds(10)) Thread.Sleep(10);
        var ahead = runs.Of(25681, ["1041010001"]);

        Assert.That(asked["1041010001"], Is.EqualTo(new SchoolRuns.Run(1, 4, 3)), "rows 1, 2 and 4: not one run");
        Assert.That(asked["1041010001"].IsWhole, Is.False);
        Assert.That(asked["1041010002"], Is.EqualTo(new SchoolRuns.Run(3, 5, 2)), "the transaction's own row 5 counts when asked through it");
        Assert.That(runs.HasReadAhead(25681), Is.True);
        Assert.That(ahead.Keys.Order(), Is.EqualTo(new[] { "1041010001", "1041010002" }), "read ahead: every school of the cycle");
        Assert.That(ahead["1041010002"], Is.EqualTo(new SchoolRuns.Run(3, 3, 1)), "read ahead: not the loading transaction's row");
        Assert.That(ahead["1041010002"].IsWhole, Is.True);
    }

    private static string Row(string school, int student, int day, string grade, string sex) =>
        $"{school},{StudentRosterTests.IdWithRemainder(student % 11, 110170000000 + student * 13L)},ก,ข,{grade},{sex},{day}/6/2560\n";
}
