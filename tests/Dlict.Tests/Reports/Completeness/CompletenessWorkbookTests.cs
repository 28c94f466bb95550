using System.IO.Compression;
using System.Text;
using Dlict.Reports.Completeness;
using ExcelDataReader;
using static Dlict.Tests.Reports.Completeness.CompletenessScenario;

namespace Dlict.Tests.Reports.Completeness;

/// <summary>The completeness workbook read back with ExcelDataReader: order, text-only formulas, per-school files.</summary>
public class CompletenessWorkbookTests
{
    private static List<object?[]> Sheet(string path, string name)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var stream = File.OpenRead(path);
        using var reader = ExcelReaderFactory.CreateReader(stream);
        do
        {
            if (reader.Name != name) continue;
            var rows = new List<object?[]>();
            while (reader.Read())
            {
                var row = new object?[reader.FieldCount];
                for (var i = 0; i < row.Length; i++) row[i] = reader.GetValue(i);
                rows.Add(row);
            }
            return rows;
        } while (reader.NextResult());
        throw new AssertionException($"no sheet {name}");
    }

    [Test]
    public void Schools_are_sorted_missing_first_and_formula_looking_values_are_stored_as_text()
    {
        using var w = Build();
        var path = Path.Combine(w.DataDir.Out, "completeness-2568-1.xlsx");
        CompletenessWorkbook.Write(w.Warehouse, new CompletenessRequest("2568/1", path, "สพป.ทดสอบ", new DateTime(2025, 6, 21, 8, 0, 0)));

        var schools = Sheet(path, CompletenessWorkbook.SchoolsSheet).SkipWhile(r => (r[0] as string) != "รหัสโรงเรียน").Skip(1).ToList();
        Assert.That(schools.Select(r => r[0]), Is.EqualTo(new object[] { C, B, E, A }), "missing, late, then on time by district (เพ็ญ before เมือง…)");
        Assert.That(schools.Select(r => r[4]), Is.EqualTo(new object[] { "ยังไม่ส่ง", "ส่งล่าช้า", "ส่งตรงเวลา", "ส่งตรงเวลา" }));
        Assert.That(schools[2][1], Is.EqualTo(FormulaName));
        Assert.That(schools[3][5], Is.EqualTo("10 มิ.ย. 2568 23:59 น."));
        var rejects = Sheet(path, CompletenessWorkbook.RejectsSheet);
        Assert.That(rejects.Any(r => Equals(r[6], FormulaGrade) && Equals(r[0], A)), "the bad grade is listed as text");
        var summary = Sheet(path, CompletenessWorkbook.SummarySheet);
        Assert.That(summary.Any(r => Equals(r[0], "รวมทั้งเขต") && Convert.ToDouble(r[1], System.Globalization.CultureInfo.InvariantCulture) == 4));

        using var zip = ZipFile.OpenRead(path);
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal)))
        {
            using var xml = new StreamReader(entry.Open());
            Assert.That(xml.ReadToEnd(), Does.Not.Contain("<f>").And.Not.Contain("<f "), entry.FullName);
        }
    }

    [Test]
    public void A_school_workbook_holds_only_that_school()
    {
        using var w = Build();
        var path = Path.Combine(w.DataDir.Out, "a.xlsx");
        CompletenessWorkbook.Write(w.Warehouse, new CompletenessRequest("2568/1", path, "สพป.ทดสอบ", new DateTime(2025, 6, 21, 8, 0, 0), SchoolCode: A));

        var schools = Sheet(path, CompletenessWorkbook.SchoolsSheet).SkipWhile(r => (r[0] as string) != "รหัสโรงเรียน").Skip(1).ToList();
        Assert.That(schools.Select(r => r[0]), Is.EqualTo(new object[] { A }));
        var rejects = Sheet(path, CompletenessWorkbook.RejectsSheet).SkipWhile(r => (r[0] as string) != "รหัสโรงเรียน").Skip(1).ToList();
        Assert.That(rejects.Select(r => r[0]).Distinct(), Is.EqualTo(new object[] { A }));
        Assert.Throws<AssertionException>(() => Sheet(path, CompletenessWorkbook.SummarySheet));
    }
}
