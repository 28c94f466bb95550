using System.Text;
using Dlict.Etl.Loading;

namespace Dlict.Tests.Etl.Sources;

/// <summary>
/// Encodings the inputs allow (spec inputs.md): UTF-16 LE/BE with BOM as Excel writes "Unicode Text" (tab, CRLF) reads
/// like any CSV; a binary or mixed UTF-8/Windows-874 file is rejected naming the encoding, not a missing header.
/// </summary>
public class TextEncodingTests
{
    private const string Registry = "รหัสโรงเรียน\tชื่อโรงเรียน\tอำเภอ\r\n1041010001\tบ้านหนองบัว\tเมืองอุดรธานี\r\n1041010002\tบ้านโคกศรีสุข\tเพ็ญ\r\n";
    private const string Enrolment = "รหัสโรงเรียน\tชั้น\tชาย\tหญิง\tรวม\r\n1041010001\tป.1\t12\t10\t22\r\n1041010002\tอนุบาล 2\t๕\t6\t11\r\n";

    [TestCase("utf-16le")]
    [TestCase("utf-16BE")]
    public void Excel_unicode_text_in_utf16_with_bom_loads_with_thai_names_and_figures(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        using var w = new TestWarehouse();
        w.Drop("ทะเบียนโรงเรียน.txt", Registry, encoding, new DateTime(2024, 5, 1, 8, 0, 0));
        w.Drop("นักเรียน 2568-1.txt", Enrolment, encoding);

        var report = w.Ingest();

        Assert.That(report.Files.Select(f => (f.Kind, f.Status)), Is.EquivalentTo(new[] { ((string?)"schools", FileStatus.Loaded), ("enrolment", FileStatus.Loaded) }),
            string.Join("; ", report.Files.Select(f => f.Message)));
        Assert.That(w.Query<(string, string, string)>("SELECT school_code, school_name, district FROM dim_school WHERE is_current = 1 ORDER BY school_code"),
            Is.EqualTo(new[] { ("1041010001", "บ้านหนองบัว", "เมืองอุดรธานี"), ("1041010002", "บ้านโคกศรีสุข", "เพ็ญ") }));
        Assert.That(w.Query<(string, string, long, long, long)>(
                "SELECT school_code, grade, male, female, total FROM v_enrolment WHERE cycle = '2568/1' ORDER BY school_code"),
            Is.EqualTo(new[] { ("1041010001", "ป.1", 12L, 10L, 22L), ("1041010002", "อ.2", 5L, 6L, 11L) }));
    }

    public static IEnumerable<TestCaseData> NotText()
    {
        var header = Encoding.UTF8.GetBytes("รหัสโรงเรียน,ชั้น,ชาย,หญิง\n");
        var row874 = TestWarehouse.Windows874.GetBytes("1041010001,ป.1,1,1\n1041010001,ป.2,2,2\n");
        var row8 = Encoding.UTF8.GetBytes("1041010001,ป.3,3,3\n");
        yield return new TestCaseData("mixed 2568-1.csv", header.Concat(row874).Concat(row8).ToArray(), "mixes encodings", "การเข้ารหัสปนกัน")
            .SetName("{m}(mixed UTF-8 and Windows-874)");
        var binary = new byte[] { 0x1F, 0x8B, 0x08, 0x00 }.Concat(Enumerable.Range(0, 3000).Select(i => (byte)(i * 7919 % 251))).ToArray();
        yield return new TestCaseData("binary 2568-1.csv", binary, "is not text", "ไม่ใช่ไฟล์ข้อความ").SetName("{m}(binary)");
    }

    [TestCaseSource(nameof(NotText))]
    public void A_file_in_no_allowed_encoding_is_rejected_naming_the_encoding(string name, byte[] bytes, string english, string thai)
    {
        using var w = new TestWarehouse();
        w.LoadRegistry(("1041010001", "บ้านหนองบัว", "เพ็ญ"));
        w.Drop(name, bytes);

        var file = w.Ingest().Files.Single();

        Assert.That(file.Status, Is.EqualTo(FileStatus.Rejected));
        Assert.That(file.Message, Does.Contain(english).And.Contain(thai).And.Contain("encoding").And.Not.Contain("header"));
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM fact_enrolment"), Is.Zero);
    }

    [Test]
    public void The_no_header_message_is_a_short_hint_not_the_internal_column_names()
    {
        using var w = new TestWarehouse();
        w.Drop("อื่นๆ 2568-1.csv", "a,b,c\n1,2,3\n");

        var message = w.Ingest().Files.Single().Message!;

        Assert.That(message, Does.Contain("no recognisable header row").And.Contain("ไม่พบแถวหัวตาราง").And.Contain("รหัสโรงเรียน"));
        Assert.That(message, Does.Not.Contain("school_code").And.Not.Contain("required columns").And.Not.Contain("enrolment"));
        Assert.That(message.Length, Is.LessThan(400));
    }
}
