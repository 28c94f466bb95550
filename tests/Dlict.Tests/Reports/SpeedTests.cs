using System.Diagnostics;
using Dlict.Reports;
using Dlict.Reports.Workbooks;

namespace Dlict.Tests.Reports;

/// <summary>Workbook time. Goals: &lt; 3 s for a small office, &lt; 30 s national; asserted at 3× the goal.</summary>
public class SpeedTests
{
    [Test]
    public void Small_office_workbook_is_quick()
    {
        using var dir = new TempDir();
        var warehouse = KnownWarehouse.Create(dir.File("w.db"));
        OperationsViews.Add(warehouse);
        ManagementWorkbook.Write(warehouse, new ReportRequest(null, dir.File("warm.xlsx"), "สพป.", DateTime.Now)); // JIT, fonts

        var clock = Stopwatch.StartNew();
        ManagementWorkbook.Write(warehouse, new ReportRequest(null, dir.File("r.xlsx"), "สพป.", DateTime.Now));
        clock.Stop();

        TestContext.Out.WriteLine($"small workbook: {clock.Elapsed.TotalSeconds:0.00} s");
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(9)));
    }

    [Test, Explicit("builds 30,000 schools × 18 grades × 3 cycles (1.5M rows); run on purpose")]
    public void National_workbook_within_goal()
    {
        using var dir = new TempDir();
        var load = Stopwatch.StartNew();
        var warehouse = BigWarehouse.Create(dir.File("big.db"), schools: 30_000);
        TestContext.Out.WriteLine($"load: {load.Elapsed.TotalSeconds:0.0} s");

        var clock = Stopwatch.StartNew();
        var path = ManagementWorkbook.Write(warehouse, new ReportRequest(null, dir.File("big.xlsx"), "สพฐ.", DateTime.Now));
        clock.Stop();

        TestContext.Out.WriteLine($"national workbook: {clock.Elapsed.TotalSeconds:0.0} s, {new FileInfo(path).Length / 1024} KiB");
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(90)));
    }
}
