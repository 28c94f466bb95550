using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Dlict.Tests.Etl.Operations;

/// <summary>Ingest throughput of a 100,000-row dltv_usage file (explicit: run on demand, prints rows per second).</summary>
public class DltvUsageThroughputTests
{
    [Test, Explicit("benchmark")]
    public void A_100k_row_usage_file_loads()
    {
        using var w = new TestWarehouse();
        var schools = Enumerable.Range(1, 100).Select(i => (1041020000 + i).ToString(CultureInfo.InvariantCulture)).ToList();
        w.LoadRegistry(schools.Select(c => (c, "โรงเรียน" + c, "เมือง")).ToArray());
        var csv = new StringBuilder("รหัสโรงเรียน,วันที่,ชั้น,คาบที่สอน,คาบที่ใช้ DLTV,สัญญาณปกติ,ปัญหา\n");
        var start = new DateTime(2025, 5, 16);
        var rows = 0;
        for (var day = 0; rows < 100_000; day++)
            foreach (var school in schools)
                for (var g = 1; g <= 6 && rows < 100_000; g += 2, rows++)
                {
                    var d = start.AddDays(day);
                    csv.Append(CultureInfo.InvariantCulture, $"{school},{d.Day}/{d.Month}/{d.Year + 543},ป.{g},25,{20 + (rows % 5)},Y,\n");
                }
        w.Drop("usage.csv", csv.ToString(), arrivedAt: new DateTime(2026, 2, 1, 9, 0, 0));

        var watch = Stopwatch.StartNew();
        var report = OperationsIngest.Run(w);
        watch.Stop();

        Assert.That(report.Files.Single().RowsLoaded, Is.EqualTo(100_000), report.Files.Single().Message);
        TestContext.Out.WriteLine($"dltv_usage: 100,000 rows in {watch.Elapsed.TotalSeconds:0.00} s = {100_000 / watch.Elapsed.TotalSeconds:N0} rows/s");
        watch.Restart();
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM v_dltv_readiness"), Is.Zero);
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM v_dltv_usage"), Is.EqualTo(100_000));
    }
}
