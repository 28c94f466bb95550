using System.Text;
using Dlict.Etl.Loading;

namespace Dlict.Tests.Etl.Loading;

/// <summary>Whole-file rejects: the file moves to rejected/ with a Thai and English reason beside it, and nothing of it is loaded.</summary>
public class BrokenFileTests
{
    public static IEnumerable<TestCaseData> Files()
    {
        static TestCaseData Case(string name, byte[] bytes, string expected) => new TestCaseData(name, bytes, expected).SetName($"{{m}}({name})");
        static byte[] Text(string s) => Encoding.UTF8.GetBytes(s);

        yield return Case("report.pdf", Text("%PDF-1.4 ..."), "unsupported format");
        yield return Case("notes.docx", [0x50, 0x4B, 3, 4, 1, 2], "unsupported format");
        yield return Case("empty.csv", [], "empty");
        yield return Case("nothing-known 2568-1.csv", Text("a,b,c\n1,2,3\n"), "no recognisable header");
        yield return Case("no-cycle.csv", Text("school_code,grade,male,female\n1041010001,ป.1,1,1\n"), "no cycle");
        yield return Case("header-only 2568-1.csv", Text("school_code,grade,male,female\n"), "no data rows");
        yield return Case("registry-header-only.csv", Text("\uFEFFรหัสโรงเรียน,ชื่อโรงเรียน\n\n\n"), "no data rows");
        yield return Case("corrupt.xlsx", Text("this is not a zip file at all"), "Excel");
        yield return Case("garbage 2568-1.csv", Enumerable.Range(0, 3000).Select(i => (byte)(i * 7919 % 251)).ToArray(), "not text");
        yield return Case("tab 2568-1.txt", Text("รหัส\tชื่อ\tจำนวน\n1\t2\t3\n"), "no recognisable header");
        yield return Case("title-only.xlsx", XlsxFile.Build(s => s.Cells["A1"].Value = "ข้อมูลนักเรียน ปีการศึกษา 2568"), "no recognisable header");
        yield return Case("header-too-low 2568-1.csv", Text(string.Concat(Enumerable.Repeat("title\n", 25)) + "school_code,grade,male,female\n1041010001,ป.1,1,1\n"), "first 20 rows");
    }

    [TestCaseSource(nameof(Files))]
    public void A_broken_file_is_rejected_whole_with_a_reason(string name, byte[] bytes, string expected)
    {
        using var w = new TestWarehouse();
        w.LoadRegistry(("1041010001", "บ้านหนองบัว", "เพ็ญ"));
        w.Drop(name, bytes);

        var report = w.Ingest();

        var file = report.Files.Single();
        Assert.That(file.Status, Is.EqualTo(FileStatus.Rejected));
        Assert.That(file.Message, Does.Contain(expected).IgnoreCase);
        var note = File.ReadAllText(Path.Combine(w.DataDir.Rejected, name + ".error.txt"));
        Assert.That(note, Does.Contain(expected).IgnoreCase);
        Assert.That(note.Any(c => c is >= '\u0E00' and <= '\u0E7F'), Is.True, "the reason is also in Thai");
        Assert.That(File.Exists(Path.Combine(w.DataDir.Rejected, name)), Is.True);
        Assert.That(File.Exists(Path.Combine(w.DataDir.Inbox, name)), Is.False);
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM fact_enrolment"), Is.Zero);
        Assert.That(w.Scalar<string>("SELECT status FROM etl_file WHERE file_name = @name", new { name }), Is.EqualTo("rejected"));
    }

    [Test]
    public void A_file_that_breaks_after_many_good_rows_leaves_nothing_behind()
    {
        using var w = new TestWarehouse();
        w.LoadRegistry(("1041010001", "บ้านหนองบัว", "เพ็ญ"), ("1041010002", "บ้านโคก", "เพ็ญ"));
        var good = string.Concat(Enumerable.Range(0, 30_000).Select(i => $"10410100{1 + i % 2:00},ป.{1 + i % 6},1,1\n"));
        w.Drop("long 2568-1.csv", "school_code,grade,male,female\n" + good + "1041010001,ป.1," + new string('9', 2_000_000) + ",1\n");

        var report = w.Ingest();

        Assert.That(report.Files.Single().Status, Is.EqualTo(FileStatus.Rejected));
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM fact_enrolment"), Is.Zero);
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM fact_submission"), Is.Zero);
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM dim_cycle"), Is.Zero);
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM etl_reject"), Is.Zero);
    }
}
