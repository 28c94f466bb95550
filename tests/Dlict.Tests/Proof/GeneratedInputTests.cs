using System.IO.Compression;
using System.Text;
using Dlict.Etl.Loading;

namespace Dlict.Tests.Proof;

/// <summary>The bad inputs too big to commit, generated at test time: each is refused with a message, bounded in time.</summary>
[Category("Proof")]
public class GeneratedInputTests
{
    private const string Head = "school_code,grade,male,female,total,classrooms\n";

    private static FileOutcome IngestOne(TestWarehouse w, string name, byte[] bytes)
    {
        w.LoadRegistry(Corpus.Registry);
        w.Drop(name, bytes);
        return w.Ingest().Files.Single();
    }

    [Test]
    [CancelAfter(60_000)]
    public void A_line_over_1_MB_is_refused_before_parsing()
    {
        using var w = new TestWarehouse();
        var outcome = IngestOne(w, "huge line 2568-1.csv", Encoding.UTF8.GetBytes(Head + "1041010001,ป.1,10,11,21,1\n1041010002," + new string('x', 1_200_000) + ",5,5,10,1\n"));
        Assert.That(outcome.Status, Is.EqualTo(FileStatus.Rejected));
        Assert.That(outcome.Message, Does.Contain("line 3").And.Contain("longer than 1 MB"));
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM fact_enrolment"), Is.Zero);
    }

    [Test]
    [CancelAfter(60_000)]
    public void A_header_of_100k_columns_is_refused()
    {
        using var w = new TestWarehouse();
        var header = "school_code,grade,male,female" + string.Concat(Enumerable.Range(5, 99_996).Select(i => $",c{i}"));
        var outcome = IngestOne(w, "wide 2568-1.csv", Encoding.UTF8.GetBytes(header + "\n1041010001,ป.1,10,11\n"));
        Assert.That(outcome.Status, Is.EqualTo(FileStatus.Rejected));
        Assert.That(outcome.Message, Does.Contain("100000 columns"));
    }

    [Test]
    [CancelAfter(60_000)]
    public void A_CR_only_file_over_1_MB_loads_like_any_other()
    {
        // Old Mac Excel exports end lines with CR alone: the 1 MB line guard must count CR as a line end too.
        using var w = new TestWarehouse();
        var schools = Enumerable.Range(0, 300).Select(i => ($"{1041020000 + i}", $"บ้าน {i}", "เพ็ญ")).ToArray();
        w.LoadRegistry(schools);
        var rows = string.Concat(schools.SelectMany(s => new[] { "ป.1", "ป.2", "ป.3", "ป.4", "ป.5", "ป.6" }
            .Select(g => $"{s.Item1},{g},10,11,21,1,{new string(' ', 700)}\r")));
        w.Drop("cr only big 2568-1.csv", Encoding.UTF8.GetBytes(Head.Replace("\n", ",note\r", StringComparison.Ordinal) + rows));
        Assert.That(rows.Length, Is.GreaterThan(1024 * 1024));
        var outcome = w.Ingest().Files.Single();
        Assert.That(outcome.Status, Is.EqualTo(FileStatus.Loaded), outcome.Message);
        Assert.That(outcome.RowsLoaded, Is.EqualTo(1800));
    }

    [Test]
    [CancelAfter(60_000)]
    public void A_zip_bomb_xlsx_is_refused()
    {
        using var w = new TestWarehouse();
        var outcome = IngestOne(w, "bomb 2568-1.xlsx", Bomb(lie: false));
        Assert.That(outcome.Status, Is.EqualTo(FileStatus.Rejected));
        Assert.That(outcome.Message, Does.Contain("expands to too much data"));
    }

    [Test]
    [CancelAfter(60_000)]
    public void A_zip_bomb_that_lies_about_its_sizes_is_refused_without_exhausting_memory()
    {
        using var w = new TestWarehouse();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var outcome = IngestOne(w, "lying bomb 2568-1.xlsx", Bomb(lie: true));
        Assert.That(outcome.Status, Is.EqualTo(FileStatus.Rejected), outcome.Message);
        Assert.That(GC.GetTotalMemory(forceFullCollection: true) - before, Is.LessThan(100L * 1024 * 1024));
    }

    /// <summary>A valid workbook whose first sheet holds 300 MB of blank rows (deflated to well under 1 MB).</summary>
    internal static byte[] Bomb(bool lie)
    {
        var xlsx = XlsxFile.Build(s => s.Cells["A1"].Value = "school_code");
        using var memory = new MemoryStream();
        memory.Write(xlsx);
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry("xl/worksheets/sheet1.xml")!.Delete();
            using var sheet = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open());
            sheet.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            var blank = string.Concat(Enumerable.Repeat("<row/>", 10_000));
            for (var i = 0; i < 5_000; i++) sheet.Write(blank);
            sheet.Write("</sheetData></worksheet>");
        }
        var bytes = memory.ToArray();
        if (lie) LieAboutSizes(bytes, "xl/worksheets/sheet1.xml"u8.ToArray());
        return bytes;
    }

    /// <summary>Rewrites the entry's uncompressed size in its local and central headers to 4 KB.</summary>
    private static void LieAboutSizes(byte[] zip, byte[] name)
    {
        for (var i = 0; i + 46 < zip.Length; i++)
        {
            var signature = BitConverter.ToUInt32(zip, i);
            var (nameAt, sizeAt) = signature switch { 0x04034b50 => (30, 22), 0x02014b50 => (46, 24), _ => (0, 0) };
            if (nameAt == 0 || i + nameAt + name.Length > zip.Length || !zip.AsSpan(i + nameAt, name.Length).SequenceEqual(name)) continue;
            BitConverter.TryWriteBytes(zip.AsSpan(i + sizeAt, 4), 4096u);
        }
    }
}
