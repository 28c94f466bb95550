using System.IO.Compression;
using System.Xml;
using Dlict.Reports;
using Dlict.Reports.Workbooks;
using OfficeOpenXml;

namespace Dlict.Tests.Reports;

/// <summary>Characters XML 1.0 cannot hold (U+FFFE/U+FFFF, control characters, lone surrogates) never make a streamed sheet invalid.</summary>
public class StreamedRowsXmlCharacterTests
{
    /// <summary>One text per code point class, and what a reader must get back.</summary>
    private static readonly (string Name, string Written, string ReadBack)[] Classes =
    [
        ("ascii", "plain", "plain"),
        ("thai", "โรงเรียนบ้านหนองบัว", "โรงเรียนบ้านหนองบัว"),
        ("C0 control", "a\u0001b\u001Fc", "a\u0001b\u001Fc"),
        ("DEL and C1", "a\u007Fb\u0085c\u009Fd", "a\u007Fb\u0085c\u009Fd"),
        ("line separators", "a\u2028b\u2029c", "a\u2028b\u2029c"),
        ("last BMP before surrogates", "a\uD7FFb", "a\uD7FFb"),
        ("private use", "a\uE000b\uF8FFc", "a\uE000b\uF8FFc"),
        ("replacement char", "a\uFFFDb", "a\uFFFDb"),
        ("noncharacter U+FFFE", "โรงเรียน\uFFFE", "โรงเรียน\uFFFE"),
        ("noncharacter U+FFFF", "โรงเรียน\uFFFF", "โรงเรียน\uFFFF"),
        ("surrogate pair", "a\U0001F600b\U0010FFFFc", "a\U0001F600b\U0010FFFFc"),
        ("lone high surrogate", "a\uD800b", "ab"),
        ("lone low surrogate", "a\uDC00b", "ab"),
        ("high surrogate at the end", "ab\uDBFF", "ab"),
        ("reversed pair", "a\uDC00\uD800b", "ab"),
        ("an escape typed as text", "_xFFFF_", "_xFFFF_"),
    ];

    private static string Write(TempDir dir)
    {
        EpplusLicence.Ensure();
        using var package = new ExcelPackage();
        var sheet = package.Workbook.Worksheets.Add("ชื่อ");
        sheet.Cells[1, 1].Value = "หัว";
        var body = new StreamedRows();
        body.Add(sheet, 2, Classes.Select(c => new object?[] { c.Name, c.Written, 1 }));
        var path = dir.File("names.xlsx");
        body.SaveAs(package, path);
        return path;
    }

    [Test]
    public void Every_sheet_part_is_well_formed_xml()
    {
        using var dir = new TempDir();
        using var zip = ZipFile.OpenRead(Write(dir));

        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            using var reader = XmlReader.Create(entry.Open(), new XmlReaderSettings { CheckCharacters = true });
            Assert.That(() => { while (reader.Read()) { } }, Throws.Nothing, entry.FullName);
        }
    }

    [Test]
    public void Every_code_point_class_reads_back_as_written_with_lone_surrogates_dropped()
    {
        using var dir = new TempDir();
        using var package = new ExcelPackage(new FileInfo(Write(dir)));
        var sheet = package.Workbook.Worksheets[0];

        for (var i = 0; i < Classes.Length; i++)
        {
            Assert.That(sheet.Cells[2 + i, 1].Value, Is.EqualTo(Classes[i].Name));
            Assert.That(sheet.Cells[2 + i, 2].Value, Is.EqualTo(Classes[i].ReadBack), Classes[i].Name);
            Assert.That(sheet.Cells[2 + i, 3].Value, Is.EqualTo(1d), Classes[i].Name + ": the row goes on after the cell");
        }
    }
}
