using System.Text;
using Dlict.Etl;
using Dlict.Etl.Sources;

namespace Dlict.Tests.Etl.Sources;

public class RejectedFileTests
{
    private static FileRejectedException Rejection(string path) =>
        Assert.Throws<FileRejectedException>(() =>
        {
            foreach (var sheet in TabularFile.Open(path))
            {
                _ = sheet.Rows.Count();
            }
        })!;

    [TestCase("report.pdf")]
    [TestCase("old.xls")]
    [TestCase("letter.docx")]
    [TestCase("noextension")]
    public void Unsupported_formats(string name)
    {
        using var dir = new TempDir();
        var path = dir.File(name);
        File.WriteAllText(path, "%PDF-1.4 whatever");

        var ex = Rejection(path);

        Assert.That(ex.Thai, Does.StartWith("ไม่รองรับรูปแบบไฟล์นี้").And.Contain(name));
        Assert.That(ex.English, Does.Contain("unsupported format").And.Contain(".csv, .txt or .xlsx").And.Contain(name));
    }

    [TestCase(new byte[0])]
    [TestCase(new byte[] { 0xEF, 0xBB, 0xBF })]
    [TestCase(new byte[] { 0x0D, 0x0A, 0x20, 0x0A })]
    public void Empty_files(byte[] content)
    {
        using var dir = new TempDir();
        var path = dir.File("empty.csv");
        File.WriteAllBytes(path, content);

        var ex = Rejection(path);

        Assert.That(ex.Thai, Does.Contain("ไฟล์ว่าง"));
        Assert.That(ex.English, Does.Contain("empty").And.Contain("empty.csv"));
    }

    [Test]
    public void A_line_over_one_megabyte()
    {
        using var dir = new TempDir();
        var path = dir.File("long.csv");
        File.WriteAllText(path, "a,b\n1," + new string('x', 1_100_000) + "\n");

        var ex = Assert.Throws<FileRejectedException>(() => TabularFile.Open(path))!;

        Assert.That(ex.English, Does.Contain("line 2").And.Contain("1 MB"));
        Assert.That(ex.Thai, Does.Contain("บรรทัดที่ 2"));
    }

    [Test]
    public void More_than_20000_columns()
    {
        using var dir = new TempDir();
        var path = dir.File("wide.csv");
        File.WriteAllText(path, string.Join(",", Enumerable.Range(0, 20_001)) + "\n", Encoding.ASCII);

        var ex = Rejection(path);

        Assert.That(ex.English, Does.Contain("20001 columns"));
    }

    [Test]
    public void Corrupt_xlsx()
    {
        using var dir = new TempDir();
        var path = dir.File("broken.xlsx");
        File.WriteAllText(path, "this is not a zip file at all");

        var ex = Rejection(path);

        Assert.That(ex.Thai, Does.StartWith("อ่านไฟล์ Excel ไม่ได้").And.Contain("broken.xlsx"));
        Assert.That(ex.English, Does.StartWith("cannot read the Excel file"));
    }

    [Test]
    public void A_zip_that_is_not_a_workbook()
    {
        using var dir = new TempDir();
        var path = dir.File("other.xlsx");
        using (var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(zip.CreateEntry("hello.txt").Open());
            writer.Write("hello");
        }

        var ex = Rejection(path);

        Assert.That(ex.English, Does.StartWith("cannot read the Excel file"));
    }

    [Test]
    public void A_zip_bomb_xlsx()
    {
        using var dir = new TempDir();
        var path = dir.File("bomb.xlsx");
        using (var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Create))
        {
            using var stream = zip.CreateEntry("xl/worksheets/sheet1.xml").Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 201; i++)
            {
                stream.Write(zeros);
            }
        }

        var ex = Rejection(path);

        Assert.That(ex.English, Does.Contain("200 MB"));
    }
}
