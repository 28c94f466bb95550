using System.Text;

namespace Dlict.Tests.Proof;

/// <summary>A school registry and a long-form enrolment CSV of N rows, the shape of scripts/bench/make-enrolment.py.</summary>
public static class EnrolmentFiles
{
    private static readonly string[] Grades = ["อ.1", "อ.2", "อ.3", "ป.1", "ป.2", "ป.3", "ป.4", "ป.5", "ป.6", "ม.1", "ม.2", "ม.3", "ม.4", "ม.5", "ม.6", "ปวช.1", "ปวช.2", "ปวช.3"];
    private static readonly UTF8Encoding Utf8Bom = new(encoderShouldEmitUTF8Identifier: true);

    public static int Schools(int rows) => (rows + Grades.Length - 1) / Grades.Length;

    public static void WriteRegistry(string path, int schools)
    {
        using var w = new StreamWriter(path, false, Utf8Bom);
        w.Write("school_code,school_name,district,cluster,dltv\n");
        for (var s = 0; s < schools; s++) w.Write($"{1000000000 + s},โรงเรียนทดสอบ {s},อำเภอ {s % 50},กลุ่ม {s % 700},{(s % 3 == 0 ? "Y" : "N")}\n");
        w.Close();
        File.SetLastWriteTimeUtc(path, new DateTime(2024, 5, 1, 1, 0, 0, DateTimeKind.Utc));
    }

    /// <summary>Writes <paramref name="rows"/> rows for cycle 2568/1 (a few with rule violations, so rejects are part of the proof).</summary>
    public static void WriteEnrolment(string path, int rows, int seed = 2568)
    {
        var random = new Random(seed);
        using var w = new StreamWriter(path, false, Utf8Bom);
        w.Write("school_code,grade,male,female,total,classrooms,submitted_at\n");
        for (var n = 0; n < rows; n++)
        {
            var (s, g) = (n / Grades.Length, Grades[n % Grades.Length]);
            var (m, f) = (random.Next(0, 41), random.Next(0, 41));
            var total = n % 997 == 5 ? m + f + 1 : m + f; // a total that disagrees: a row-level reject
            w.Write($"{1000000000 + s},{g},{m},{f},{total},{1 + (m + f) / 40},2025-06-0{1 + s % 9} 10:00\n");
        }
        w.Close();
        File.SetLastWriteTimeUtc(path, new DateTime(2025, 6, 1, 2, 0, 0, DateTimeKind.Utc));
    }
}
