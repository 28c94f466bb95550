using System.Text;
using Dlict.Demo;
using ExcelDataReader;

namespace Dlict.Tests.Demo;

public class DemoFileFormatTests : DemoFixture
{
    [Test]
    public void Every_cycle_has_every_enrolment_layout()
    {
        foreach (var cycle in Manifest.Cycles)
        {
            Assert.That(cycle.Files.Select(f => (f.Layout, f.Encoding)).Distinct(), Is.SupersetOf(new[]
            {
                ("long", "windows-874"), ("long", "utf-8-bom"), ("wide", "utf-8"), ("long", "xlsx"),
            }), cycle.Key);
        }
    }

    [Test]
    public void Windows_874_files_are_not_valid_utf8_and_decode_with_thai_headers()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var file = Manifest.Files.First(f => f.Encoding == "windows-874" && f.Kind == "enrolment");
        var bytes = File.ReadAllBytes(PathOf(file.Name));
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);

        Assert.Throws<DecoderFallbackException>(() => strict.GetString(bytes));
        Assert.That(Encoding.GetEncoding(874).GetString(bytes), Does.StartWith("รหัสโรงเรียน,ชั้น,ชาย,หญิง,รวม,ห้องเรียน,วันที่ส่ง"));
    }

    [Test]
    public void Bom_files_start_with_the_utf8_preamble()
    {
        foreach (var file in Manifest.Files.Where(f => f.Encoding == "utf-8-bom"))
        {
            Assert.That(File.ReadAllBytes(PathOf(file.Name))[..3], Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), file.Name);
        }
        Assert.That(File.ReadAllText(PathOf(Manifest.Registry.Name)), Does.Contain("ข้อมูล ณ วันที่ 1 พฤษภาคม 2567"));
    }

    [Test]
    public void Xlsx_opens_with_excel_data_reader_and_has_the_title_row()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var file = Manifest.Cycles[0].Files.First(f => f.Encoding == "xlsx");
        using var stream = File.OpenRead(PathOf(file.Name));
        using var reader = ExcelReaderFactory.CreateReader(stream);
        var rows = new List<object?[]>();
        while (reader.Read()) rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetValue)]);

        Assert.That(rows[0][0], Is.EqualTo("ข้อมูลนักเรียน ปีการศึกษา 2567 รอบ 1"));
        Assert.That(rows[2][..3], Is.EqualTo(new object[] { "รหัสโรงเรียน", "ชั้น", "ชาย" }));
        Assert.That(rows.Skip(3).All(r => r[6] is DateTime), Is.True, "วันที่ส่ง is a real date cell");
    }

    [Test]
    public void Wide_dmc_totals_row_equals_the_column_sums()
    {
        foreach (var file in Manifest.Files.Where(f => f.Layout == "wide"))
        {
            var lines = File.ReadAllLines(PathOf(file.Name)).Select(l => l.Split(',')).ToList();
            var header = lines[0];
            var body = lines.Skip(1).SkipLast(1).ToList();
            var totals = lines[^1];
            Assert.That(totals[0], Is.Empty);
            Assert.That(header[^1], Is.EqualTo("วันที่ส่ง"));
            Assert.That(body.Select(r => r[^1]).Distinct().Count(), Is.EqualTo(1), "one submission time per wide file");
            for (var c = 2; c < header.Length - 1; c++)
            {
                Assert.That(long.Parse(totals[c]), Is.EqualTo(body.Sum(r => long.Parse(r[c]))), $"{file.Name} {header[c]}");
            }
        }
    }
}
