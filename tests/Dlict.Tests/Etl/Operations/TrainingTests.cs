using Dlict.Etl.Loading;
using static Dlict.Tests.Etl.Operations.OperationsIngest;

namespace Dlict.Tests.Etl.Operations;

/// <summary>Kind `training`: participants, attendance and pass rates per course and school/group; ids hashed, names dropped.</summary>
public class TrainingTests
{
    // Valid 13-digit ids (check digit computed by CitizenId's formula).
    private const string A = "1101700230708", B = "3100600447158", C = "1409900123454", D = "5100500012342";

    [Test]
    public void Thai_headers_load_with_counts_per_course_and_school_and_fiscal_year()
    {
        using var w = WithSchools();
        w.Drop("อบรม.csv",
            "รหัสหลักสูตร,ชื่อหลักสูตร,วันที่อบรม,ชั่วโมง,เลขประจำตัวประชาชน,ชื่อ-สกุล,ตำแหน่ง,รหัสโรงเรียน,กลุ่มงาน,เข้าร่วม,ผ่าน\n" +
            $"DL-01,Canva,5/10/2568,6,{A},นายหนึ่ง ใจดี,ครู,{School1},,Y,Y\n" +
            $"DL-01,Canva,5/10/2568,6,{B},นางสอง ใจดี,ครู,{School1},,Y,N\n" +
            $"DL-01,Canva,5/10/2568,6,{C},นายสาม ใจดี,ครู,{School1},,N,\n" +
            $"DL-01,Canva,5/10/2568,6,{D},นายสี่ ใจดี,ศึกษานิเทศก์,,กลุ่มนิเทศ,,Y\n" +
            $"DL-02,Coding,30/9/2568,3,{A},นายหนึ่ง ใจดี,ครู,{School2},,ใช่,ใช่\n");

        var report = Run(w);

        Assert.That(report.Files.Single().Status, Is.EqualTo(FileStatus.Loaded), report.Files.Single().Message);
        var rows = w.Query<(string Course, string Start, long Fy, string? School, string? Group, long P, long A, long Passed, double Hours)>(
            "SELECT course_code, start_date, fiscal_year, school_code, work_group, participants, attended, passed, hours FROM v_training ORDER BY course_code, school_code");
        Assert.That(rows, Is.EqualTo(new[]
        {
            ("DL-01", "2025-10-05", 2569L, (string?)null, (string?)"กลุ่มนิเทศ", 1L, 1L, 1L, 6.0),
            ("DL-01", "2025-10-05", 2569L, School1, null, 3L, 2L, 1L, 6.0),
            ("DL-02", "2025-09-30", 2568L, School2, null, 1L, 1L, 1L, 3.0),
        }));
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM dim_person"), Is.EqualTo(4));
        Assert.That(w.Scalar<string>("SELECT person_hash FROM dim_person ORDER BY person_key LIMIT 1"),
            Is.EqualTo(PersonHash.Hash(Key.Bytes, A)).And.Length.EqualTo(64));
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM fact_training_attendance WHERE position LIKE '%ใจดี%' OR work_group LIKE '%ใจดี%'"), Is.Zero);
    }

    [Test]
    public void Staff_trained_per_school_this_fiscal_year()
    {
        using var w = WithSchools();
        w.Drop("t.csv", "course_code,start_date,person_id,school_code\n" +
                        $"X1,2025-11-01,{A},{School1}\nX1,2025-11-01,{B},{School1}\nX2,2026-01-10,{A},{School1}\nX2,2026-01-10,{C},{School2}\n");
        Run(w);
        var perSchool = w.Query<(string School, long Staff)>(DocumentedQueries.StaffTrainedPerSchool, new { fy = 2569 });
        Assert.That(perSchool, Is.EqualTo(new[] { (School1, 3L), (School2, 1L) }));
    }

    [Test]
    public void Bad_rows_are_rejected_by_rule()
    {
        using var w = WithSchools();
        w.Drop("bad.csv", "course_code,start_date,person_id,school_code,work_group,attended,hours\n" +
                          $"X1,2025-11-01,1101700230705,{School1},,Y,3\n" +   // 2: check digit
                          $"X1,2025-11-01,{A},9999999999,,Y,3\n" +           // 3: unknown school
                          $"X1,2025-11-01,{B},,,Y,3\n" +                      // 4: no school, no group
                          $"X1,32/13/2568,{C},{School1},,Y,3\n" +             // 5: date
                          $",2025-11-01,{D},{School1},,Y,3\n" +               // 6: course code
                          $"X1,2025-11-01,{D},{School1},,maybe,3\n" +         // 7: flag
                          $"X1,2025-11-01,{D},{School1},,Y,-2\n" +            // 8: hours
                          $"X1,2025-11-01,{D},{School1},,Y,3\n" +             // 9: ok
                          $"X1,2025-11-01,{D},{School1},,Y,3\n");             // 10: duplicate
        var report = Run(w);
        Assert.That(report.Files.Single().RowsLoaded, Is.EqualTo(1));
        Assert.That(Rejects(w, "bad.csv"), Is.EqualTo(new[]
        {
            (2L, "TRN-003"), (3L, "TRN-005"), (4L, "TRN-004"), (5L, "TRN-002"), (6L, "TRN-001"), (7L, "TRN-007"), (8L, "TRN-006"), (10L, "TRN-008"),
        }));
        Assert.That(w.Scalar<string>("SELECT value FROM v_rejects WHERE rule = 'TRN-003'"), Is.EqualTo("*********0705"));

    }

    [Test]
    public void Staff_codes_load_as_people_hashed_and_a_13_digit_id_must_still_pass_its_check_digit()
    {
        using var w = WithSchools();
        w.Drop("staff.csv", "รหัสหลักสูตร,วันที่อบรม,รหัสบุคลากร,รหัสโรงเรียน\n" +
                            $"X1,2025-11-01,EMP100,{School1}\n" +           // 2: staff code
                            $"X1,2025-11-01,EMP-0042,{School1}\n" +         // 3: staff code with a dash
                            $"X2,2025-11-02,emp 0042,{School1}\n" +         // 4: the same person written otherwise
                            $"X1,2025-11-01,อ.123,{School2}\n" +            // 5: a position number
                            $"X1,2025-11-01,{A},{School2}\n" +              // 6: citizen id
                            $"X1,2025-11-01,1101700230705,{School2}\n" +    // 7: 13 digits, wrong check digit
                            $"X1,2025-11-01,,{School2}\n");                 // 8: empty
        var report = Run(w);

        Assert.That(report.Files.Single().RowsLoaded, Is.EqualTo(5), report.Files.Single().Message);
        Assert.That(Rejects(w, "staff.csv"), Is.EqualTo(new[] { (7L, "TRN-003"), (8L, "TRN-003") }));
        var hashes = w.Query<string>("SELECT person_hash FROM dim_person ORDER BY person_key");
        Assert.That(hashes, Is.EqualTo(new[]
        {
            PersonHash.Hash(Key.Bytes, "EMP100"), PersonHash.Hash(Key.Bytes, "EMP0042"), PersonHash.Hash(Key.Bytes, "อ.123"),
            PersonHash.Hash(Key.Bytes, A),
        }));
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM v_training WHERE course_code = 'X2'"), Is.EqualTo(1));
    }
}
