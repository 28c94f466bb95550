using System.Text;
using Dlict.Etl.Sources;

namespace Dlict.Tests.Etl.Sources;

public class CsvReadingTests
{
    private static readonly Encoding Utf8Bom = new UTF8Encoding(true);

    private static List<RawRow> ReadOnlySheet(string path)
    {
        var sheets = TabularFile.Open(path);
        Assert.That(sheets, Has.Count.EqualTo(1));
        Assert.That(sheets[0].Name, Is.Null);
        return sheets[0].Rows.ToList();
    }

    [Test]
    public void Utf8_with_bom_and_thai_header()
    {
        using var dir = new TempDir();
        var path = dir.File("a.csv");
        File.WriteAllText(path, "รหัสโรงเรียน,ชื่อโรงเรียน\n1054390223,บ้านน้ำโค้ง\n", Utf8Bom);

        var rows = ReadOnlySheet(path);

        Assert.That(rows, Has.Count.EqualTo(2));
        Assert.That(rows[0].Cells, Is.EqualTo(Expect.Cells("รหัสโรงเรียน", "ชื่อโรงเรียน")));
        Assert.That(rows[1].Cells, Is.EqualTo(Expect.Cells("1054390223", "บ้านน้ำโค้ง")));
        Assert.That(rows.Select(r => r.RowNumber), Is.EqualTo(Expect.Numbers(1, 2)));
    }

    [Test]
    public void Windows_874_is_detected_when_not_utf8()
    {
        using var dir = new TempDir();
        var path = dir.File("tis.csv");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        File.WriteAllBytes(path, Encoding.GetEncoding(874).GetBytes("ชั้น,ชาย,หญิง\r\nป.1,๑๐,12\r\n"));

        var rows = ReadOnlySheet(path);

        Assert.That(rows[0].Cells, Is.EqualTo(Expect.Cells("ชั้น", "ชาย", "หญิง")));
        Assert.That(rows[1].Cells, Is.EqualTo(Expect.Cells("ป.1", "๑๐", "12")));
    }

    [Test]
    public void Utf8_multibyte_characters_across_block_boundaries_stay_utf8()
    {
        using var dir = new TempDir();
        var path = dir.File("big.txt");
        var line = "โรงเรียนบ้านน้ำโค้ง,ก" + new string('x', 1) + "\n"; // odd byte length shifts the 3-byte chars across 64 KiB blocks
        File.WriteAllText(path, "name,x\n" + string.Concat(Enumerable.Repeat(line, 10_000)), new UTF8Encoding(false));

        var rows = ReadOnlySheet(path);

        Assert.That(rows, Has.Count.EqualTo(10_001));
        Assert.That(rows[^1].Cells[0], Is.EqualTo("โรงเรียนบ้านน้ำโค้ง"));
        Assert.That(rows[^1].RowNumber, Is.EqualTo(10_001));
    }

    [TestCase(";")]
    [TestCase("\t")]
    [TestCase(",")]
    public void Delimiter_is_detected_past_title_rows(string delimiter)
    {
        using var dir = new TempDir();
        var path = dir.File("d.csv");
        var d = delimiter;
        File.WriteAllText(path,
            $"รายงานจำนวนนักเรียน สพป.ทดสอบ\nข้อมูล ณ วันที่ 10 มิ.ย. 2568\ncode{d}grade{d}male{d}female\n57030001{d}ป.1{d}1,234{d}12,5\n57030002{d}ป.2{d}3{d}4\n",
            new UTF8Encoding(false));

        var rows = ReadOnlySheet(path);

        Assert.That(rows[2].Cells, Is.EqualTo(Expect.Cells("code", "grade", "male", "female")));
        Assert.That(rows[2].RowNumber, Is.EqualTo(3));
        Assert.That(rows[4].Cells, Has.Length.EqualTo(4));
    }

    [Test]
    public void Semicolon_file_with_decimal_commas_is_semicolon()
    {
        using var dir = new TempDir();
        var path = dir.File("s.csv");
        File.WriteAllText(path, "a;b;c\n1,5;2,25;3\n4;5,5;6\n");

        var rows = ReadOnlySheet(path);

        Assert.That(rows[1].Cells, Is.EqualTo(Expect.Cells("1,5", "2,25", "3")));
    }

    [Test]
    public void Quoted_fields_with_newlines_and_quotes_keep_true_line_numbers()
    {
        using var dir = new TempDir();
        var path = dir.File("q.csv");
        File.WriteAllText(path, "name,note\n\"บ้าน \"\"ห้วย\"\"\",\"line one\nline two\nline three\"\nนาแก,ok\n\nlast,row\n");

        var rows = ReadOnlySheet(path);

        Assert.That(rows[1].Cells, Is.EqualTo(Expect.Cells("บ้าน \"ห้วย\"", "line one\nline two\nline three")));
        Assert.That(rows[1].RowNumber, Is.EqualTo(2));
        Assert.That(rows[2].Cells, Is.EqualTo(Expect.Cells("นาแก", "ok")));
        Assert.That(rows[2].RowNumber, Is.EqualTo(5));
        var last = rows.Single(r => r[0] == "last");
        Assert.That(last.RowNumber, Is.EqualTo(7));
    }

    [Test]
    public void Crlf_line_endings_and_no_trailing_newline()
    {
        using var dir = new TempDir();
        var path = dir.File("crlf.csv");
        File.WriteAllText(path, "a,b\r\n1,\r\n,2");

        var rows = ReadOnlySheet(path);

        Assert.That(rows, Has.Count.EqualTo(3));
        Assert.That(rows[1].Cells, Is.EqualTo(Expect.Cells("1", null)));
        Assert.That(rows[2].Cells, Is.EqualTo(Expect.Cells(null, "2")));
        Assert.That(rows[2].RowNumber, Is.EqualTo(3));
    }

    [Test]
    public void Rows_stream_lazily()
    {
        using var dir = new TempDir();
        var path = dir.File("lazy.csv");
        File.WriteAllText(path, "a,b\n1,2\n");

        var sheet = TabularFile.Open(path)[0];
        File.AppendAllText(path, "3,4\n");

        Assert.That(sheet.Rows.Select(r => r[0]), Is.EqualTo(Expect.Cells("a", "1", "3")));
    }
}
