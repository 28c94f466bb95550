using System.Text;
using Dlict.Demo;
using Dlict.Etl.Loading;
using Dlict.Etl.Privacy;
using Dlict.Etl.Values;

namespace Dlict.Tests.Etl.Kinds;

/// <summary>Kind `students`: IDs checked and hashed, names never stored, duplicates and reconciliation views.</summary>
public class StudentRosterTests
{
    private const string Header = "รหัสโรงเรียน,เลขประจำตัวประชาชน,ชื่อ,นามสกุล,ชั้น,เพศ,วันเกิด\n";

    private static TestWarehouse WithSchools()
    {
        var w = new TestWarehouse();
        w.LoadRegistry(("1041010001", "บ้านหนองบัว", "เมืองอุดรธานี"), ("1041010002", "บ้านโคก", "เมืองอุดรธานี"));
        return w;
    }

    /// <summary>A valid ID whose weighted sum leaves <paramref name="remainder"/> mod 11.</summary>
    internal static string IdWithRemainder(int remainder, long start = 110170000000)
    {
        for (var p = start; ; p++)
        {
            var prefix = p.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var sum = 0;
            for (var i = 0; i < 12; i++) sum += (prefix[i] - '0') * (13 - i);
            if (sum % 11 == remainder) return prefix + CitizenId.CheckDigit(prefix);
        }
    }

    /// <summary>A roster's cycle and submission-date problems are the roster's own rules (STU-010, STU-011), not enrolment's.</summary>
    [Test]
    public void A_roster_row_with_a_bad_cycle_or_submission_date_is_reported_under_a_students_rule()
    {
        using var w = WithSchools();
        w.Drop("roster.csv", "รหัสโรงเรียน,เลขประจำตัวประชาชน,ชั้น,เพศ,ปีการศึกษา,รอบ,วันที่ส่ง\n" +
            $"1041010001,{IdWithRemainder(2)},ป.1,ชาย,2568,1,31/02/2568\n" +
            $"1041010001,{IdWithRemainder(3)},ป.1,หญิง,2568,9,\n" +
            $"1041010009,{IdWithRemainder(4)},ป.1,หญิง,2568,1,\n");

        Assert.That(w.Ingest().Files.Single().RowsLoaded, Is.EqualTo(1));
        Assert.That(w.Query<(long, string)>("SELECT row_number, rule FROM v_rejects ORDER BY row_number"),
            Is.EqualTo(new[] { (2L, "STU-011"), (3L, "STU-010"), (4L, "STU-005") }));
    }

    [Test]
    public void Check_digit_edge_cases_and_g_codes_load_and_bad_ids_are_rejected_masked()
    {
        using var w = WithSchools();
        var zero = IdWithRemainder(0);
        var one = IdWithRemainder(1);
        Assert.That((zero[12], one[12]), Is.EqualTo(('1', '0')), "remainder 0 → 1, remainder 1 → 0");
        var bad = zero[..12] + (char)('0' + (zero[12] - '0' + 3) % 10);
        w.Drop("รายชื่อนักเรียน_2568-1.csv", Header +
            $"1041010001,{zero},สมชาย,ใจดี,ป.1,ชาย,1/3/2561\n" +
            $"1041010001,{one[..1]}-{one[1..5]}-{one[5..10]}-{one[10..12]}-{one[12..]},สมหญิง,ใจดี,ป.1,หญิง,2018-04-02\n" +
            "1041010001,G123456789012,ไม่มีเลข,ประชาชน,อ.2,M,\n" +
            $"1041010001,{bad},ผิด,หลัก,ป.2,F,\n" +
            "1041010001,G12345,สั้น,ไป,ป.2,2,\n" +
            $"1041010001,{zero},ซ้ำ,ในโรงเรียน,ป.1,ชาย,\n" +
            $"1041010002,{IdWithRemainder(5)},เพศ,ผิด,ป.1,x,\n" +
            $"1041010002,{IdWithRemainder(6)},วันเกิด,ผิด,ป.1,1,31/02/2561\n");

        var report = w.Ingest();

        Assert.That(report.Files.Single().Status, Is.EqualTo(FileStatus.Loaded), report.Files.Single().Message);
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM fact_student"), Is.EqualTo(4));
        Assert.That(w.Query<(long IdKind, long Sex, long? Born)>("SELECT id_kind_code, sex_code, birth_date_key FROM fact_student ORDER BY rowid"),
            Is.EqualTo(new (long, long, long?)[] { (1, 1, 20180301), (1, 2, 20180402), (2, 1, null), (1, 1, null) }),
            "codes (0011): 1 citizen ID / 2 G-code, 1 male / 2 female; birth dates as yyyymmdd, 31/02/2561 left empty");
        Assert.That(w.Scalar<long>(
            "SELECT COUNT(*) FROM fact_student s WHERE NOT EXISTS (SELECT 1 FROM dim_cycle c WHERE c.cycle_key = s.cycle_key) " +
            "OR NOT EXISTS (SELECT 1 FROM dim_grade g WHERE g.grade_key = s.grade_key)"), Is.Zero,
            "SQLite declares no foreign keys on fact_student (0010): the loader keeps every row's cycle and grade");
        var rejects = w.Query<(string Rule, string? Value)>("SELECT rule, value FROM v_rejects ORDER BY row_number");
        Assert.That(rejects.Select(r => r.Rule), Is.EqualTo(new[] { "STU-001", "STU-002", "STU-006", "STU-003", "STU-007" }));
        Assert.That(rejects[0].Value, Is.EqualTo($"{bad[0]}-{bad[1..5]}-xxxxx-xx-{bad[12]}"));
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM v_rejects WHERE value LIKE @z", new { z = "%" + zero[5..] + "%" }), Is.Zero);
        var stored = w.Scalar<byte[]>("SELECT MIN(student_key) FROM fact_student");
        Assert.That(stored, Has.Length.EqualTo(32), "32 raw HMAC bytes");
        Assert.That(Convert.ToHexStringLower(stored), Does.Not.Contain(zero));
    }

    [Test]
    public void A_school_whose_rows_come_back_later_in_the_file_still_finds_its_duplicates()
    {
        using var w = WithSchools();
        var ids = Enumerable.Range(1, 5).Select(r => IdWithRemainder(r)).ToArray();
        w.Drop("รายชื่อนักเรียน_2568-1.csv", Header +
            $"1041010001,{ids[0]},ก,ก,ป.1,ชาย,\n1041010001,{ids[1]},ข,ข,ป.1,หญิง,\n" +
            $"1041010002,{ids[2]},ค,ค,ป.2,ชาย,\n1041010002,{ids[0]},ง,ง,ป.2,ชาย,\n" + // another school: not a duplicate
            $"1041010001,{ids[3]},จ,จ,ป.3,หญิง,\n1041010001,{ids[1]},ฉ,ฉ,ป.3,หญิง,\n" + // back to the first: ids[1] again
            $"1041010002,{ids[2]},ช,ช,ป.2,ชาย,\n1041010001,{ids[3]},ซ,ซ,ป.4,ชาย,\n1041010001,{ids[4]},ฌ,ฌ,ป.4,ชาย,\n");

        var file = w.Ingest().Files.Single();

        Assert.That(file.Status, Is.EqualTo(FileStatus.Loaded), file.Message);
        Assert.That(w.Query<(string School, long Students)>(
                "SELECT school_code, COUNT(*) FROM fact_student GROUP BY school_code ORDER BY school_code"),
            Is.EqualTo(new[] { ("1041010001", 4L), ("1041010002", 2L) }));
        Assert.That(w.Query<(long Row, string Rule)>("SELECT row_number, rule FROM v_rejects ORDER BY row_number"),
            Is.EqualTo(new[] { (7L, "STU-006"), (8L, "STU-006"), (9L, "STU-006") }), "rows 7, 8 and 9 repeat a student of their school");
    }

    [Test]
    public void The_same_id_in_two_schools_is_kept_in_both_and_reported_as_a_duplicate()
    {
        using var w = WithSchools();
        var id = IdWithRemainder(3);
        w.Drop("students 2568_1.csv", Header + $"1041010002,{id},ก,ข,ป.1,ชาย,\n1041010001,{id},ก,ข,ป.1,ชาย,\n");

        w.Ingest();

        var duplicates = w.Query<(string Cycle, long Schools, string Codes)>("SELECT cycle, schools, school_codes FROM v_student_duplicates");
        Assert.That(duplicates, Is.EqualTo(new[] { ("2568/1", 2L, "1041010001,1041010002") }));
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM fact_student"), Is.EqualTo(2));
        var shown = w.Scalar<string>("SELECT student_key FROM v_student_duplicates");
        Assert.That(shown, Does.Match("^[0-9a-f]{64}$"), "the view shows the key as hex");
        Assert.That(shown, Is.EqualTo(Convert.ToHexStringLower(w.Scalar<byte[]>("SELECT student_key FROM fact_student LIMIT 1"))));
    }

    [Test]
    public void Roster_counts_are_reconciled_with_enrolment_and_a_resubmitted_roster_replaces_the_school()
    {
        using var w = WithSchools();
        w.Drop("enrol_2568-1.csv", "school_code,grade,male,female\n1041010001,ป.1,2,1\n");
        w.Drop("roster_2568-1.csv", Header + $"1041010001,{IdWithRemainder(2)},ก,ข,ป.1,ชาย,\n1041010001,{IdWithRemainder(4)},ก,ข,ป.1,หญิง,\n1041010001,{IdWithRemainder(7)},ก,ข,ป.2,หญิง,\n",
            arrivedAt: new DateTime(2025, 6, 2, 9, 0, 0));
        w.Ingest();
        var rows = w.Query<(string Grade, string Sex, long? Roster, long? Enrolment, long? Difference)>(
            "SELECT grade, sex, roster_count, enrolment_count, difference FROM v_roster_reconciliation WHERE school_code = '1041010001' ORDER BY grade_order, sex DESC");
        Assert.That(rows, Is.EqualTo(new (string, string, long?, long?, long?)[]
        {
            ("ป.1", "male", 1, 2, -1), ("ป.1", "female", 1, 1, 0), ("ป.2", "female", 1, null, null),
        }));

        w.Drop("roster_2568-1 แก้ไข.csv", Header + $"1041010001,{IdWithRemainder(2)},ก,ข,ป.1,ชาย,\n1041010001,{IdWithRemainder(8)},ก,ข,ป.1,ชาย,\n1041010001,{IdWithRemainder(4)},ก,ข,ป.1,หญิง,\n",
            arrivedAt: new DateTime(2025, 6, 3, 9, 0, 0));
        w.Ingest();
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM v_roster_reconciliation WHERE school_code = '1041010001' AND difference <> 0"), Is.Zero);
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM fact_roster_submission WHERE is_latest = 1"), Is.EqualTo(1));
        Assert.That(w.Query<(long Grade, string Sex, long Students)>("SELECT grade_key, sex, students FROM fact_roster_count ORDER BY grade_key, sex"),
            Is.EqualTo(new[] { (4L, "female", 1L), (4L, "male", 2L) }), "the replaced roster's counts are gone with its students");

        w.Drop("roster_2568-1 เก่า.csv", Header + $"1041010001,{IdWithRemainder(2)},ก,ข,ป.3,ชาย,\n", arrivedAt: new DateTime(2025, 6, 1, 9, 0, 0));
        w.Ingest();
        Assert.That(w.Scalar<long>("SELECT SUM(students) FROM fact_roster_count"), Is.EqualTo(3), "an older roster arriving late changes nothing");
        Assert.That(w.Scalar<long>(
            """
            SELECT COUNT(*) FROM (
                SELECT cycle_key, school_code, grade_key, CASE sex_code WHEN 1 THEN 'male' WHEN 2 THEN 'female' END, COUNT(*)
                FROM fact_student GROUP BY cycle_key, school_code, grade_key, sex_code
                EXCEPT SELECT cycle_key, school_code, grade_key, sex, students FROM fact_roster_count)
            """), Is.Zero, "the counts are the students, grouped");
    }

    [Test]
    public void A_name_never_reaches_the_database_file()
    {
        const string name = "ณัฐวรรณพิเศษสุดยอด";
        using var w = WithSchools();
        w.Drop("roster_2568-1.csv", Header + $"1041010001,{IdWithRemainder(2)},{name},ทดสอบนามสกุลพิเศษ,ป.1,ชาย,\n1041010001,123,{name},ทดสอบ,ป.1,ชาย,\n");
        w.Ingest();
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM fact_student"), Is.EqualTo(1));

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var needle = Encoding.UTF8.GetBytes(name);
        foreach (var file in new[] { w.DataDir.WarehouseFile, w.DataDir.WarehouseFile + "-wal" }.Where(File.Exists))
            Assert.That(File.ReadAllBytes(file).AsSpan().IndexOf(needle), Is.EqualTo(-1), file);
        Assert.That(File.ReadAllBytes(w.DataDir.WarehouseFile).AsSpan().IndexOf(Encoding.UTF8.GetBytes("ทดสอบนามสกุลพิเศษ")), Is.EqualTo(-1));
    }

    [Test]
    public void The_generated_key_file_is_readable_by_its_owner_only_and_the_environment_key_wins()
    {
        using var dir = new TempDir();
        var data = new DataDirectory(dir.Path);
        var first = HashKey.Resolve(data, null);
        Assert.That(first.Bytes, Has.Length.EqualTo(32));
        Assert.That(HashKey.Resolve(data, null).Bytes, Is.EqualTo(first.Bytes), "the file is reused");
        if (!OperatingSystem.IsWindows())
            Assert.That(File.GetUnixFileMode(Path.Combine(dir.Path, HashKey.FileName)), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
        var fromEnv = HashKey.Resolve(data, File.ReadAllText(Path.Combine(dir.Path, HashKey.FileName)));
        Assert.That(fromEnv.Bytes, Is.EqualTo(first.Bytes), "the file's text in DLICT_HASH_KEY gives the same hashes");
        using var other = new StudentKey(HashKey.FromText("another secret", "test"));
        using var mine = new StudentKey(first);
        Assert.That(mine.Of("G123456789012").Bytes.ToString(),
            Is.EqualTo(Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(first.Bytes, "G123456789012"u8))), "HMAC-SHA256 of the ID");
        Assert.That(other.Of("G123456789012").Bytes.ToString(), Is.Not.EqualTo(mine.Of("G123456789012").Bytes.ToString()));
    }
}
