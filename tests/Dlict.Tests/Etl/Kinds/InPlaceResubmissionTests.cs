using System.Globalization;
using Dlict.Etl.Doors;
using Dlict.Etl.Loading;
using Dlict.Warehouse;
using OfficeOpenXml;

namespace Dlict.Tests.Etl.Kinds;

/// <summary>
/// Resubmitted rosters overwritten in place (SQLite) leave exactly what deleting and inserting leaves
/// (<see cref="DeletingWarehouse"/>): the same files, step by step, through both paths, and after every step the
/// same students, counts and versions (second review of issue 18 item 5).
/// </summary>
public class InPlaceResubmissionTests
{
    private const string Header = "รหัสโรงเรียน,เลขประจำตัวประชาชน,ชื่อ,นามสกุล,ชั้น,เพศ,วันเกิด\n";
    private static readonly string[] Grades = ["ป.1", "ป.2", "ป.3", "ป.4", "ป.5", "ป.6"];
    private static readonly List<string> Schools = [.. Enumerable.Range(0, 24).Select(i => (1041010100 + i).ToString(CultureInfo.InvariantCulture))];

    private sealed record Step(string Name, byte[] Bytes, DateTime ArrivedAt, bool Reload = false, bool MustLoad = true);

    [Test]
    public void Three_resubmissions_of_many_schools_with_fewer_more_and_no_valid_students_leave_what_deleting_leaves()
    {
        // Sizes per school and file: 24 schools (more than are asked one by one: the runs are read ahead).
        int Size(int file, int school) => file switch
        {
            1 => 3 + school % 4,
            2 => school % 5 == 0 ? 0 : 2 + (school * 7 % 6), // every fifth school: only invalid rows
            _ => 1 + (school * 5 % 7),
        };
        string File(int file, bool shuffled) => Header + string.Concat(Order(shuffled).SelectMany(i =>
            Size(file, i) == 0 ? [$"{Schools[i]},123,ก,ข,ป.1,ชาย,\n"]
            : Enumerable.Range(0, Size(file, i)).Select(k => Row(Schools[i], 40 * i + k + file % 2, file * 5 + k % 5, k, file))));
        var steps = new List<Step>
        {
            new("roster_2568-1.csv", Utf8(File(1, shuffled: false)), new DateTime(2025, 6, 2, 9, 0, 0)),
            new("roster_2568-1 แก้ไข.csv", Utf8(File(2, shuffled: true)), new DateTime(2025, 6, 3, 9, 0, 0)),
            new("roster_2568-1 แก้ไข 2.csv", Utf8(File(3, shuffled: false)), new DateTime(2025, 6, 4, 9, 0, 0)),
            new("roster_2568-1 เก่า.csv", Utf8(File(1, shuffled: true)), new DateTime(2025, 6, 1, 9, 0, 0)), // late: replaces nothing
            new("roster_2568-1 แก้ไข 2.csv", Utf8(File(3, shuffled: false)), new DateTime(2025, 6, 4, 9, 0, 0), Reload: true),
            new("roster_2568-1 แก้ไข 3.csv", Utf8(File(2, shuffled: false)), new DateTime(2025, 6, 5, 9, 0, 0)),
        };

        // A school whose last roster has no valid student keeps the students before it (those of the reload of file 3).
        AssertSameAsDeleting(steps, expectedLastStudents: Enumerable.Range(0, 24).Sum(i => Size(2, i) > 0 ? Size(2, i) : Size(3, i)));
    }

    [Test]
    public void One_file_with_two_cycles_replaces_each_cycle_alone()
    {
        const string Cycles = "รหัสโรงเรียน,เลขประจำตัวประชาชน,ชื่อ,นามสกุล,ชั้น,เพศ,วันเกิด,ปีการศึกษา,รอบ\n";
        string File(int file, int[] sizes) => Cycles + string.Concat(Enumerable.Range(0, 20).SelectMany(i =>
            Enumerable.Range(0, sizes[i % sizes.Length]).Select(k =>
                Row(Schools[i], 40 * i + k, file + k % 20, k, file).TrimEnd('\n') + $",2568,{1 + (k + i) % 2}\n")));
        var steps = new List<Step>
        {
            new("roster_2568.csv", Utf8(File(1, [4, 6, 2])), new DateTime(2025, 6, 2, 9, 0, 0)),
            new("roster_2568 แก้ไข.csv", Utf8(File(2, [3, 7, 2, 1])), new DateTime(2025, 6, 3, 9, 0, 0)),
            new("roster_2568 แก้ไข 2.csv", Utf8(File(3, [5, 2])), new DateTime(2025, 6, 4, 9, 0, 0)),
        };

        AssertSameAsDeleting(steps, expectedLastStudents: Enumerable.Range(0, 20).Sum(i => new[] { 5, 2 }[i % 2]));
    }

    [Test]
    public void A_workbook_with_one_school_on_two_sheets_leaves_what_deleting_leaves()
    {
        byte[] Workbook(int file, int firstSheet, int secondSheet)
        {
            ExcelPackage.License.SetNonCommercialOrganization("DLICT Analytics tests");
            using var package = new ExcelPackage();
            void Sheet(string name, IEnumerable<string> rows)
            {
                var sheet = package.Workbook.Worksheets.Add(name);
                var r = 1;
                foreach (var line in new[] { Header.TrimEnd('\n') }.Concat(rows.Select(x => x.TrimEnd('\n'))))
                {
                    var cells = line.Split(',');
                    for (var c = 0; c < cells.Length; c++)
                    {
                        sheet.Cells[r, c + 1].Value = cells[c];
                        sheet.Cells[r, c + 1].Style.Numberformat.Format = "@";
                    }
                    r++;
                }
            }
            // School 0 on both sheets (its students 0.. on the first, the rest on the second); schools 1-2 on one each.
            Sheet("ป.ต้น", Enumerable.Range(0, firstSheet).Select(k => Row(Schools[0], k, file + k % 20, k, file))
                .Concat(Enumerable.Range(0, 3).Select(k => Row(Schools[1], 100 + k, file, k, file))));
            Sheet("ป.ปลาย", Enumerable.Range(firstSheet, secondSheet).Select(k => Row(Schools[0], k, file + k % 20, k, file))
                .Concat(Enumerable.Range(0, 2 + file).Select(k => Row(Schools[2], 200 + k, file, k, file))));
            return package.GetAsByteArray();
        }
        var steps = new List<Step>
        {
            new("roster_2568-1.xlsx", Workbook(1, 4, 3), new DateTime(2025, 6, 2, 9, 0, 0)),
            new("roster_2568-1 แก้ไข.xlsx", Workbook(2, 2, 3), new DateTime(2025, 6, 3, 9, 0, 0)),
            new("roster_2568-1 แก้ไข 2.xlsx", Workbook(3, 5, 4), new DateTime(2025, 6, 4, 9, 0, 0)),
            new("roster_2568-1 แก้ไข 3.xlsx", Workbook(4, 1, 1), new DateTime(2025, 6, 5, 9, 0, 0)),
        };

        AssertSameAsDeleting(steps, expectedLastStudents: 2 + 3 + 6);
    }

    [Test]
    public void A_web_upload_sized_roster_of_one_school_sent_three_times_leaves_what_deleting_leaves()
    {
        string File(int file, int students) => Header + string.Concat(Enumerable.Range(0, students).Select(k => Row(Schools[3], k * 3 + file, file + k % 20, k, file)));
        var steps = new List<Step>
        {
            new("roster_2568-1 1041010103.csv", Utf8(File(1, 2000)), new DateTime(2025, 6, 2, 9, 0, 0)),
            new("roster_2568-1 1041010103 แก้ไข.csv", Utf8(File(2, 1500)), new DateTime(2025, 6, 3, 9, 0, 0)),
            new("roster_2568-1 1041010103 แก้ไข 2.csv", Utf8(File(3, 2600)), new DateTime(2025, 6, 4, 9, 0, 0)),
            new("roster_2568-1 1041010103 แก้ไข 3.csv", Utf8(File(4, 2600)), new DateTime(2025, 6, 5, 9, 0, 0)),
        };

        AssertSameAsDeleting(steps, expectedLastStudents: 2600);
    }

    [Test]
    public void Rows_deleted_at_the_end_of_the_table_and_their_row_ids_taken_again_leave_what_deleting_leaves()
    {
        // School 1 holds the table's last rows; sending fewer frees them, and school 0's extra students take those
        // row ids next, so school 0 is scattered for the file after; then school 1 grows again at the end.
        string File(int file, params (int School, int Students)[] schools) => Header + string.Concat(schools.SelectMany(s =>
            Enumerable.Range(0, s.Students).Select(k => Row(Schools[s.School], 50 * s.School + k + file, file + k, k, file))));
        var steps = new List<Step>
        {
            new("roster_2568-1.csv", Utf8(File(1, (0, 3), (1, 3))), new DateTime(2025, 6, 2, 9, 0, 0)),
            new("roster_2568-1 b.csv", Utf8(File(2, (1, 1))), new DateTime(2025, 6, 3, 9, 0, 0)),
            new("roster_2568-1 a.csv", Utf8(File(3, (0, 5))), new DateTime(2025, 6, 4, 9, 0, 0)),
            new("roster_2568-1 ab.csv", Utf8(File(4, (1, 2), (0, 2))), new DateTime(2025, 6, 5, 9, 0, 0)),
            new("roster_2568-1 b 2.csv", Utf8(File(5, (1, 4))), new DateTime(2025, 6, 6, 9, 0, 0)),
            new("roster_2568-1 ab 2.csv", Utf8(File(6, (0, 1), (1, 1))), new DateTime(2025, 6, 7, 9, 0, 0)),
        };

        AssertSameAsDeleting(steps, expectedLastStudents: 2);
    }

    [Test]
    public void A_load_that_fails_half_way_after_reading_runs_ahead_changes_nothing_and_the_next_resubmission_is_as_deleting_leaves()
    {
        // 24 schools of 150 students (~250 KB): loaded while read; a byte that is not UTF-8 near the end rolls the
        // load back after the runs were read ahead and most rows overwritten, and the file is read again the checked way.
        string File(int file, int size) => Header + string.Concat(Order(shuffled: file % 2 == 0).SelectMany(i =>
            Enumerable.Range(0, size + i % 3).Select(k => Row(Schools[i], 200 * i + k + file, file + k % 20, k, file))));
        var broken = Utf8(File(2, 150));
        broken[^20] = 0xFF;
        var steps = new List<Step>
        {
            new("roster_2568-1.csv", Utf8(File(1, 160)), new DateTime(2025, 6, 2, 9, 0, 0)),
            new("roster_2568-1 แก้ไข.csv", broken, new DateTime(2025, 6, 3, 9, 0, 0), MustLoad: false),
            new("roster_2568-1 แก้ไข 2.csv", Utf8(File(3, 140)), new DateTime(2025, 6, 4, 9, 0, 0)),
        };

        AssertSameAsDeleting(steps, expectedLastStudents: Enumerable.Range(0, 24).Sum(i => 140 + i % 3));
    }

    [Test]
    public void A_load_that_fails_half_way_leaves_no_read_of_the_runs_going_after_it()
    {
        using var w = new TestWarehouse();
        w.LoadRegistry([.. Schools.Select(c => (c, "โรงเรียน " + c, "เพ็ญ"))]);
        IEnumerable<string> Rows(int file) => Schools.SelectMany((s, i) => Enumerable.Range(0, 5).Select(k => Row(s, 10 * i + k, file, k, file).TrimEnd('\n') + ",2568,1"));
        w.Drop("roster.csv", Header.TrimEnd('\n') + ",ปีการศึกษา,รอบ\n" + string.Concat(Rows(1).Select(r => r + "\n")), arrivedAt: new DateTime(2025, 6, 2, 9, 0, 0));
        Assert.That(w.Ingest().Files.Single().Status, Is.EqualTo(FileStatus.Loaded));
        // The resubmission's first sheet is loaded (its runs read ahead: 24 schools); its second sheet, with no cycle
        // in its columns or the file's name, rejects the whole file.
        ExcelPackage.License.SetNonCommercialOrganization("DLICT Analytics tests");
        using var package = new ExcelPackage();
        var first = package.Workbook.Worksheets.Add("ส่งใหม่");
        var second = package.Workbook.Worksheets.Add("เพิ่มเติม");
        void Put(ExcelWorksheet sheet, int row, string line)
        {
            var cells = line.Split(',');
            for (var c = 0; c < cells.Length; c++) sheet.Cells[row, c + 1].Value = cells[c];
        }
        Put(first, 1, Header.TrimEnd('\n') + ",ปีการศึกษา,รอบ");
        var r = 2;
        foreach (var line in Rows(2)) Put(first, r++, line);
        Put(second, 1, Header.TrimEnd('\n'));
        Put(second, 2, Row(Schools[0], 99, 2, 0, 2).TrimEnd('\n'));
        w.Drop("roster แก้ไข.xlsx", package.GetAsByteArray(), arrivedAt: new DateTime(2025, 6, 3, 9, 0, 0));
        var slow = new SlowReadsWarehouse(w.Warehouse, TimeSpan.FromSeconds(3));

        var file = new Ingestor(slow, new IngestOptions(w.DataDir) { Clock = w.Clock, HashKey = w.HashKey }).Run().Files.Single();
        var openAfter = slow.StillOpen;

        Assert.That(file.Status, Is.EqualTo(FileStatus.Rejected), file.Message);
        Assert.That(slow.Opened, Is.GreaterThan(0), "the runs were read ahead on a read-only connection");
        Assert.That(openAfter, Is.Zero, "no read-only connection is still open (or opening) once the load has ended");
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM fact_student WHERE file_id = 2"), Is.EqualTo(120), "the first file's students stay");
    }

    [Test]
    public void Runs_that_cannot_be_read_ahead_are_asked_hold_by_hold_and_leave_what_deleting_leaves()
    {
        string File(int file, int size) => Header + string.Concat(Order(shuffled: file % 2 == 0).SelectMany(i =>
            Enumerable.Range(0, size + (i * file) % 5).Select(k => Row(Schools[i], 200 * i + k + file, file + k % 20, k, file))));
        var steps = new List<Step>
        {
            new("roster_2568-1.csv", Utf8(File(1, 40)), new DateTime(2025, 6, 2, 9, 0, 0)),
            new("roster_2568-1 แก้ไข.csv", Utf8(File(2, 38)), new DateTime(2025, 6, 3, 9, 0, 0)),
            new("roster_2568-1 แก้ไข 2.csv", Utf8(File(3, 39)), new DateTime(2025, 6, 4, 9, 0, 0)),
        };

        AssertSameAsDeleting(steps, expectedLastStudents: Enumerable.Range(0, 24).Sum(i => 39 + i * 3 % 5),
            inPlaceThrough: w => new SlowReadsWarehouse(w.Warehouse, TimeSpan.Zero, fails: true));
    }

    [Test]
    public void A_check_of_a_resubmission_leaves_the_warehouse_file_byte_for_byte()
    {
        using var w = new TestWarehouse();
        w.LoadRegistry([.. Schools.Select(c => (c, "โรงเรียน " + c, "เพ็ญ"))]);
        string File(int file, int size) => Header + string.Concat(Order(shuffled: file % 2 == 0).SelectMany(i =>
            Enumerable.Range(0, size + i % 4).Select(k => Row(Schools[i], 200 * i + k + file, file + k % 20, k, file))));
        w.Drop("roster_2568-1.csv", File(1, 30), arrivedAt: new DateTime(2025, 6, 2, 9, 0, 0));
        Assert.That(w.Ingest().Files.Single().Status, Is.EqualTo(FileStatus.Loaded));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var before = Snapshot(w);
        w.Drop("roster_2568-1 แก้ไข.csv", File(2, 25), arrivedAt: new DateTime(2025, 6, 3, 9, 0, 0));

        var checks = new Ingestor(w.Warehouse, new IngestOptions(w.DataDir) { Clock = w.Clock, HashKey = w.HashKey }).Check();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        var check = checks.Single().Outcome;
        Assert.That(check.Status, Is.EqualTo(FileStatus.Loaded), check.Message);
        Assert.That(check.RowsLoaded, Is.EqualTo(Enumerable.Range(0, 24).Sum(i => 25 + i % 4)), "the check went through the whole resubmission");
        Assert.That(Snapshot(w), Is.EqualTo(before), "the warehouse file (and any WAL with frames) as it was");
    }

    private static List<string> Snapshot(TestWarehouse w) =>
        [.. new[] { w.DataDir.WarehouseFile, w.DataDir.WarehouseFile + "-wal" }.Where(f => System.IO.File.Exists(f) && new FileInfo(f).Length > 0) // an empty WAL may go when the last connection closes
            .Select(f => Path.GetFileName(f) + " " + new FileInfo(f).Length + " " + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.IO.File.ReadAllBytes(f))))];

    private static void AssertSameAsDeleting(List<Step> steps, int expectedLastStudents, Func<TestWarehouse, IWarehouse>? inPlaceThrough = null)
    {
        var inPlace = Run(steps, inPlaceThrough ?? (w => w.Warehouse));
        var deleting = Run(steps, w => new DeletingWarehouse(w.Warehouse));
        for (var i = 0; i < steps.Count; i++)
        {
            Assert.That(inPlace[i].Outcome, Is.EqualTo(deleting[i].Outcome), $"step {i + 1} ({steps[i].Name})");
            Assert.That(inPlace[i].Students, Is.EqualTo(deleting[i].Students), $"students after step {i + 1} ({steps[i].Name})");
            Assert.That(inPlace[i].Counts, Is.EqualTo(deleting[i].Counts), $"counts after step {i + 1}");
            Assert.That(inPlace[i].Versions, Is.EqualTo(deleting[i].Versions), $"versions after step {i + 1}");
        }
        Assert.That(inPlace[^1].Students, Has.Count.EqualTo(expectedLastStudents));
        Assert.That(inPlace.Skip(1).Sum(d => d.Overwritten), Is.GreaterThan(0), "some rows were overwritten in place: " + string.Join(", ", inPlace.Select(d => d.Overwritten)));
    }

    private static List<(string Outcome, long Overwritten, List<string> Students, List<string> Counts, List<string> Versions)> Run(List<Step> steps, Func<TestWarehouse, IWarehouse> through)
    {
        using var w = new TestWarehouse();
        Directory.CreateDirectory(w.DataDir.Root);
        File.WriteAllText(Path.Combine(w.DataDir.Root, Dlict.Etl.Privacy.HashKey.FileName), "in-place-resubmission-test-key-one-for-both-paths"); // one key for both paths: their student keys compare
        w.LoadRegistry([.. Schools.Select(c => (c, "โรงเรียน " + c, "เพ็ญ"))]);
        var dumps = new List<(string, long, List<string>, List<string>, List<string>)>();
        foreach (var step in steps)
        {
            var last = w.Scalar<long?>("SELECT MAX(rowid) FROM fact_student") ?? 0;
            w.Drop(step.Name, step.Bytes, step.ArrivedAt);
            var report = new Ingestor(through(w), new IngestOptions(w.DataDir) { Clock = w.Clock, HashKey = w.HashKey, Reload = step.Reload }).Run();
            var file = report.Files.Single();
            if (step.MustLoad) Assert.That(file.Status, Is.EqualTo(FileStatus.Loaded), file.Message);
            var overwritten = w.Scalar<long>("SELECT COUNT(*) FROM fact_student WHERE rowid <= @last AND file_id = (SELECT MAX(file_id) FROM etl_file)", new { last });
            dumps.Add(($"{file.Status} {file.RowsLoaded} {file.RowsRejected} {file.Message}", overwritten,
                w.Query<string>(
                    """
                    SELECT s.cycle_key || ' ' || s.school_code || ' ' || hex(s.student_key) || ' ' || s.id_kind_code || ' ' || s.grade_key || ' ' ||
                           s.sex_code || ' ' || ifnull(s.birth_date_key, '-') || ' ' || f.file_name || ' ' || f.file_id
                    FROM fact_student s JOIN etl_file f ON f.file_id = s.file_id ORDER BY 1
                    """),
                w.Query<string>("SELECT cycle_key || ' ' || school_code || ' ' || grade_key || ' ' || sex || ' ' || students FROM fact_roster_count ORDER BY 1"),
                w.Query<string>("SELECT cycle_key || ' ' || school_code || ' v' || version || ' ' || students || ' ' || rejected_rows || ' ' || is_latest || ' ' || file_id FROM fact_roster_submission ORDER BY 1")));
        }
        return dumps;
    }

    private static IEnumerable<int> Order(bool shuffled) =>
        shuffled ? Enumerable.Range(0, Schools.Count).Select(i => i * 7 % Schools.Count) : Enumerable.Range(0, Schools.Count);

    private static byte[] Utf8(string content) => [.. TestWarehouse.Utf8Bom.GetPreamble(), .. TestWarehouse.Utf8Bom.GetBytes(content)];

    private static string Row(string school, int student, int day, int k, int file) =>
        $"{school},{StudentRosterTests.IdWithRemainder(student % 11, 110170000000 + student * 13L)},ก,ข,{Grades[(k + file) % Grades.Length]},{(k % 3 == 0 ? "หญิง" : "ชาย")},{1 + day % 28}/6/2560\n";
}
