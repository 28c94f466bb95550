using System.Globalization;
using System.Text;
using Dlict.Tests.Warehouse.Quality;
using ExcelDataReader;
using static Dlict.Tests.Warehouse.Quality.QualityScenario;

namespace Dlict.Tests.Cli;

/// <summary>`dlict check` shows the flags of v_enrolment_anomalies: in the console, a sheet ข้อสังเกต, each school's file.</summary>
public class CheckFlagsTests
{
    private static TestWarehouse _w = null!;
    private static (int Exit, string Out, string Error) _run;

    [OneTimeSetUp]
    public void Run()
    {
        _w = Build();
        _run = CliRun.Invoke("check", "--data-dir", _w.DataDir.Root, "--cycle", "2568/1", "--by-school");
    }

    [OneTimeTearDown]
    public void Dispose() => _w.Dispose();

    private static List<object?[]> FlagRows(string path)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var stream = File.OpenRead(path);
        using var reader = ExcelReaderFactory.CreateReader(stream);
        do
        {
            if (reader.Name != "ข้อสังเกต") continue;
            var rows = new List<object?[]>();
            while (reader.Read())
            {
                var row = new object?[reader.FieldCount];
                for (var i = 0; i < row.Length; i++) row[i] = reader.GetValue(i);
                rows.Add(row);
            }
            return rows.SkipWhile(r => (r[0] as string) != "รหัสโรงเรียน").Skip(1).ToList();
        } while (reader.NextResult());
        throw new AssertionException("no sheet ข้อสังเกต in " + path);
    }

    private static string N(object? cell) => Convert.ToString(cell, CultureInfo.InvariantCulture) ?? "";

    [Test]
    public void The_console_lists_each_schools_flags_in_Thai()
    {
        Assert.That(_run.Exit, Is.Zero, _run.Error);
        Assert.That(_run.Out, Does.Contain($"flags against the same round last year: {Flags.Length} in 9 school(s)"));
        Assert.That(_run.Out, Does.Contain("ป.3 มีนักเรียน 101 คน ใน 2 ห้อง (เกิน 50 คนต่อห้อง)"));
        Assert.That(_run.Out, Does.Contain("จำนวนนักเรียน ป.2 เปลี่ยนจาก 30 เป็น 40 คน"));
        var afterFlags = _run.Out[_run.Out.IndexOf("flags against", StringComparison.Ordinal)..];
        Assert.That(afterFlags, Does.Not.Contain(Resent).And.Not.Contain(Levels));
    }

    [Test]
    public void The_workbook_sheet_lists_every_flag()
    {
        var rows = FlagRows(Path.Combine(_w.DataDir.Out, "completeness-2568-1.xlsx"));
        Assert.That(rows.Select(r => (N(r[0]), N(r[3]), N(r[5]), N(r[6]))),
            Is.EquivalentTo(Flags.Select(f => (f.School, f.Grade, f.Previous.ToString(CultureInfo.InvariantCulture), f.Value.ToString(CultureInfo.InvariantCulture)))));
        var halfUp = rows.Where(r => N(r[0]) == HalfUp).Select(r => (N(r[4]), N(r[7]))).ToList();
        Assert.That(halfUp, Is.EqualTo(new[] { ("จำนวนนักเรียนเปลี่ยนมาก", "31.3"), ("จำนวนนักเรียนเปลี่ยนมาก", "-31.3") }), "ป.2 before ม.2");
    }

    [Test]
    public void Each_school_file_holds_its_own_flags()
    {
        var folder = Path.Combine(_w.DataDir.Out, "completeness-2568-1");
        Assert.That(FlagRows(Path.Combine(folder, Ratio + ".xlsx")).Select(r => (N(r[0]), N(r[3]))),
            Is.EqualTo(new[] { (Ratio, "ป.3"), (Ratio, "ป.6") }));
        Assert.That(FlagRows(Path.Combine(folder, Many + ".xlsx")), Has.Count.EqualTo(7));
        Assert.That(FlagRows(Path.Combine(folder, Levels + ".xlsx")), Is.Empty);
    }
}
