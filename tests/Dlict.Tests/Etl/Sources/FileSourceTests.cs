using System.Text;
using Dlict.Etl.Sources;
using OfficeOpenXml;

namespace Dlict.Tests.Etl.Sources;

/// <summary>The readers take a file's bytes as a stream; the display name only says the format (issue 18 item 1).</summary>
public class FileSourceTests
{
    private static readonly DateTime Arrived = new(2025, 6, 3, 14, 30, 0);

    [Test]
    public void A_workbook_in_memory_reads_as_its_file_does()
    {
        using var dir = new TempDir();
        ExcelPackage.License.SetNonCommercialOrganization("DLICT Analytics tests");
        var path = dir.File("w.xlsx");
        using (var package = new ExcelPackage())
        {
            var sheet = package.Workbook.Worksheets.Add("นักเรียน");
            sheet.Cells["A1"].Value = "school_code";
            sheet.Cells["A2"].Value = "1041010001";
            package.SaveAs(new FileInfo(path));
        }

        var fromBytes = TabularFile.Open(FileSource.FromBytes(File.ReadAllBytes(path), "ส่งมา.XLSX", Arrived));

        Assert.That(fromBytes.Select(s => s.Name), Is.EqualTo(new[] { "นักเรียน" }));
        Assert.That(fromBytes[0].Rows.Select(r => (r.RowNumber, r.Cells[0])), Is.EqualTo(new[] { (1, (string?)"school_code"), (2, (string?)"1041010001") }));
    }

    [Test]
    public void Windows_874_text_in_memory_is_detected_and_read()
    {
        var bytes = TestWarehouse.Windows874.GetBytes("รหัสโรงเรียน;ชื่อ\r\n1041010001;บ้านหนึ่ง\r\n");

        var rows = TabularFile.Open(FileSource.FromBytes(bytes, "registry.txt", Arrived)).Single().Rows.ToList();

        Assert.That(rows.Select(r => string.Join("|", r.Cells)), Is.EqualTo(new[] { "รหัสโรงเรียน|ชื่อ", "1041010001|บ้านหนึ่ง" }));
    }

    [Test]
    public void The_display_name_is_never_opened_as_a_path()
    {
        using var dir = new TempDir();
        var decoy = dir.File("decoy.csv");
        File.WriteAllText(decoy, "a,b\n9,9\n");

        var rows = TabularFile.Open(FileSource.FromBytes(Encoding.UTF8.GetBytes("x,y\n1,2\n"), decoy, Arrived)).Single().Rows.ToList();

        Assert.That(rows.Select(r => string.Join("|", r.Cells)), Is.EqualTo(new[] { "x|y", "1|2" }));
    }

    [Test]
    public void A_path_source_takes_its_size_and_write_time_as_arrival()
    {
        using var dir = new TempDir();
        var path = dir.File("e.csv");
        File.WriteAllText(path, "a,b\n");
        File.SetLastWriteTimeUtc(path, new DateTime(2025, 6, 3, 7, 30, 0, DateTimeKind.Utc));

        var source = FileSource.FromPath(path, "inbox/e.csv", new FileHints(SchoolCode: "1041010001"));

        Assert.That((source.DisplayName, source.Size, source.ArrivedAt, source.Hints.SchoolCode), Is.EqualTo(("inbox/e.csv", 4L, Arrived, "1041010001")));
    }
}
