using System.IO.Compression;
using System.Text.RegularExpressions;
using Dlict.Reports;
using Dlict.Reports.Completeness;
using Dlict.Reports.Workbooks;
using OfficeOpenXml;

namespace Dlict.Tests.Reports;

/// <summary>Rows streamed past EPPlus read back exactly as SafeCell writes them through EPPlus.</summary>
public class StreamedRowsTests
{
    private static readonly object?[][] Rows =
    [
        ["โรงเรียนบ้านหนองบัว", "a & b <c> \"q\" 'x'", " leading", "trailing ", "two  spaces", 42, 42L, 12.5m, 0.1, null],
        ["line\nbreak", "tab\there", "bell\u0007char", "_x000D_ as typed", "_x00e9_", true, false, new byte[] { 1, 2, 255 }, "", "ok"],
        ["=SUM(A1:A9)", "plain", "-5", "@me", "+66 81", 7, double.NaN, null, null, "written by EPPlus"],
        [new DateOnly(2025, 6, 10), new DateTime(2025, 6, 10, 23, 59, 0), "dates too", 1, 2, 3, 4, 5, 6, 7],
        ["after the EPPlus rows", 3.25f, (short)9, (byte)8, ulong.MaxValue, -1.5e-7, 0, 0m, null, "end"],
    ];

    private static string Write(TempDir dir, string name, bool streamed)
    {
        EpplusLicence.Ensure();
        using var package = new ExcelPackage();
        var sheet = package.Workbook.Worksheets.Add("ตาราง");
        sheet.Cells[1, 1].Value = "หัวตาราง";
        var path = dir.File(name);
        if (streamed)
        {
            var body = new StreamedRows();
            Assert.That(body.Add(sheet, 3, Rows), Is.EqualTo(2 + Rows.Length));
            body.SaveAs(package, path);
            return path;
        }
        for (var r = 0; r < Rows.Length; r++)
            for (var c = 0; c < Rows[r].Length; c++) SafeCell.Set(sheet.Cells[3 + r, c + 1], Rows[r][c]);
        package.SaveAs(new FileInfo(path));
        return path;
    }

    [Test]
    public void Streamed_rows_read_back_like_cells_written_through_SafeCell()
    {
        using var dir = new TempDir();
        var expected = Write(dir, "epplus.xlsx", streamed: false);
        var actual = Write(dir, "streamed.xlsx", streamed: true);

        Assert.That(new WorkbookReadback(actual).Rows("ตาราง"), Is.EqualTo(new WorkbookReadback(expected).Rows("ตาราง")));
        using var want = new ExcelPackage(new FileInfo(expected));
        using var got = new ExcelPackage(new FileInfo(actual));
        var a = want.Workbook.Worksheets[0];
        var b = got.Workbook.Worksheets[0];
        Assert.That(b.Dimension.Address, Is.EqualTo(a.Dimension.Address).And.EqualTo("A1:J7"));
        for (var r = 1; r <= 7; r++)
            for (var c = 1; c <= 10; c++)
            {
                var where = b.Cells[r, c].Address;
                Assert.That(b.Cells[r, c].Value, Is.EqualTo(a.Cells[r, c].Value), where);
                Assert.That(b.Cells[r, c].Style.QuotePrefix, Is.EqualTo(a.Cells[r, c].Style.QuotePrefix), where);
                Assert.That(b.Cells[r, c].Style.Numberformat.Format, Is.EqualTo(a.Cells[r, c].Style.Numberformat.Format), where);
            }
        Assert.That(b.Cells["A5"].Style.QuotePrefix, Is.True, "formula-looking text keeps its quote prefix");
        Assert.That(b.Cells["B5"].Value, Is.EqualTo("plain"), "streamed beside it in the same row");
        Assert.That(b.Cells["I4"].Value, Is.EqualTo(""), "empty text stays text");
        Assert.That(b.Cells["A6"].Style.Numberformat.Format, Is.EqualTo("yyyy-mm-dd"));
        Assert.That(b.Cells["C4"].Value, Is.EqualTo("bell\u0007char"));
        Assert.That(b.Cells["D4"].Value, Is.EqualTo("_x000D_ as typed"));
    }

    [Test]
    public void A_national_school_list_is_streamed_past_the_cell_store_with_its_filter_and_colours_over_every_row()
    {
        // The regression this guards: 30,000 schools written cell by cell through EPPlus took ~2 s more per check.
        const int count = 2000;
        var schools = Enumerable.Range(0, count).Select(i => new SchoolCompleteness($"{1000000000 + i}", $"โรงเรียนทดสอบ {i}", $"อำเภอ {i % 7}", "กลุ่ม 1",
            new DateOnly(2025, 6, 10), null, null, i % 3 == 0 ? "missing" : "on_time", 0, 0, RosterCheck.NoRoster)).ToList();
        var data = new CompletenessData("2568/1", new DateOnly(2025, 6, 10), null, schools, []);
        using var dir = new TempDir();
        var path = CompletenessWorkbook.Write(data, new CompletenessRequest("2568/1", dir.File("c.xlsx"), "สพป.ทดสอบ", new DateTime(2025, 6, 11, 8, 0, 0)));

        using var package = new ExcelPackage(new FileInfo(path));
        var sheet = package.Workbook.Worksheets[CompletenessWorkbook.SchoolsSheet];
        Assert.That(sheet.Dimension.Address, Is.EqualTo($"A1:J{5 + count}"));
        Assert.That(sheet.AutoFilter.Address?.Address, Is.EqualTo($"A5:J{5 + count}"));
        Assert.That(sheet.ConditionalFormatting.Select(f => f.Address.Address), Is.All.EqualTo($"A6:J{5 + count}"));
        Assert.That(sheet.Cells[6, 1].Value, Is.EqualTo(data.Sorted().First().SchoolCode));
        Assert.That(sheet.Cells[6, 5].Value, Is.EqualTo("ยังไม่ส่ง"), "missing schools first");
        Assert.That(sheet.Cells[5 + count, 1].Value, Is.EqualTo(data.Sorted().Last().SchoolCode));
        using var zip = ZipFile.OpenRead(path);
        using var shared = new StreamReader(zip.GetEntry("xl/sharedStrings.xml")!.Open());
        Assert.That(shared.ReadToEnd(), Does.Not.Contain("โรงเรียนทดสอบ"), "school names never enter EPPlus's cell store");
        using var xml = new StreamReader(zip.Entries.Single(e => e.FullName == "xl/worksheets/sheet2.xml").Open());
        // Streamed, and with the column's style (borders, wrap) like the cells EPPlus writes.
        Assert.That(Regex.Count(xml.ReadToEnd(), "<row r=\"\\d+\"[^>]*><c r=\"A\\d+\" s=\"[1-9]\\d*\" t=\"inlineStr\">"), Is.EqualTo(count));
    }

    [Test]
    public void Row_heights_are_written_into_the_streamed_rows_and_read_back_as_custom_heights()
    {
        EpplusLicence.Ensure();
        using var dir = new TempDir();
        using (var package = new ExcelPackage())
        {
            var sheet = package.Workbook.Worksheets.Add("ตาราง");
            var body = new StreamedRows();
            body.Add(sheet, 3, Rows);
            body.SetHeight(sheet, 3, 33);
            body.SetHeight(sheet, 5, 49.5);
            Assert.That(() => body.SetHeight(sheet, 8, 33), Throws.TypeOf<ArgumentOutOfRangeException>(), "row 8 was never added");
            body.SaveAs(package, dir.File("h.xlsx"));
        }

        using var read = new ExcelPackage(new FileInfo(dir.File("h.xlsx")));
        var back = read.Workbook.Worksheets[0];
        Assert.That(back.Row(3).Height, Is.EqualTo(33));
        Assert.That(back.Row(3).CustomHeight, Is.True);
        Assert.That(back.Row(5).Height, Is.EqualTo(49.5), "a row EPPlus laid out (formula-looking text) takes the height too");
        Assert.That(back.Row(5).CustomHeight, Is.True);
        Assert.That(back.Row(4).CustomHeight, Is.False);
        Assert.That(back.Cells["A5"].Value, Is.EqualTo("=SUM(A1:A9)"));
        Assert.That(back.Cells["A5"].Style.QuotePrefix, Is.True);
        Assert.That(back.Cells["B5"].Value, Is.EqualTo("plain"));
        Assert.That(back.Cells["A3"].Value, Is.EqualTo("โรงเรียนบ้านหนองบัว"));
    }

    [Test]
    public void A_school_name_too_long_for_its_column_gets_a_row_two_lines_high_and_the_others_none()
    {
        var schools = Enumerable.Range(0, 3).Select(i => new SchoolCompleteness($"{1000000000 + i}",
            i == 1 ? "โรงเรียนบ้านหนองบัวทองวิทยาคารประชาสามัคคีเฉลิมพระเกียรติ" : $"โรงเรียนทดสอบ {i}",
            "อำเภอ 1", "กลุ่ม 1", new DateOnly(2025, 6, 10), null, null, "missing", 0, 0, RosterCheck.NoRoster)).ToList();
        var data = new CompletenessData("2568/1", new DateOnly(2025, 6, 10), null, schools, []);
        using var dir = new TempDir();
        var path = CompletenessWorkbook.Write(data, new CompletenessRequest("2568/1", dir.File("c.xlsx"), "สพป.ทดสอบ", new DateTime(2025, 6, 11, 8, 0, 0)));

        using var package = new ExcelPackage(new FileInfo(path));
        var sheet = package.Workbook.Worksheets[CompletenessWorkbook.SchoolsSheet];
        var rows = Enumerable.Range(6, 3).ToDictionary(r => (string)sheet.Cells[r, 1].Value, r => sheet.Row(r));
        Assert.That(sheet.Column(2).Width, Is.EqualTo(TextWidth.MaxColumn), "the long name (50 units) widens its column to the most a column may be, and wraps once");
        Assert.That(rows["1000000001"].Height, Is.EqualTo(2 * TableLook.LineHeight));
        Assert.That(rows["1000000001"].CustomHeight, Is.True);
        Assert.That(rows["1000000000"].CustomHeight, Is.False);
        Assert.That(rows["1000000002"].CustomHeight, Is.False);
        Assert.That(sheet.Row(5).Height, Is.GreaterThan(TableLook.LineHeight), "the wrapped header keeps its height");
    }
}
