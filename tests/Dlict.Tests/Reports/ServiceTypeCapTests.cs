using Dapper;
using Dlict.Reports;
using Dlict.Reports.Queries;
using Dlict.Reports.Workbooks;

namespace Dlict.Tests.Reports;

/// <summary>More service types than a sheet has columns: the top 15 by requests, the rest as "อื่น ๆ".</summary>
public class ServiceTypeCapTests
{
    private static ServiceRequest Request(string type, int n) => new() { RequestNo = $"R{n}", RequestedAt = "2025-10-03", ServiceType = type };

    [Test]
    public void The_most_requested_types_are_kept_and_the_rest_counted_together()
    {
        var requests = Enumerable.Range(0, 20).SelectMany(t => Enumerable.Range(0, 20 - t).Select(n => Request($"type {t:00}", n))).ToList();

        var grouped = ServiceFigures.TopTypes(requests);

        Assert.That(ServiceFigures.Types(grouped), Is.EqualTo(Enumerable.Range(0, 15).Select(t => $"type {t:00}").Append("อื่น ๆ")));
        Assert.That(grouped.Count(r => r.ServiceType == ServiceFigures.OtherTypes), Is.EqualTo(5 + 4 + 3 + 2 + 1));
        Assert.That(grouped, Has.Count.EqualTo(requests.Count));
        Assert.That(ServiceFigures.TopTypes(requests.Take(5).ToList()), Is.EqualTo(requests.Take(5)), "few types: unchanged");
    }

    [Test]
    public void A_report_over_16385_distinct_service_types_is_written()
    {
        using var dir = new TempDir();
        var warehouse = KnownWarehouse.Create(dir.File("w.db"));
        OperationsViews.Add(warehouse, withRows: false);
        using (var c = warehouse.Open())
        using (var tx = c.BeginTransaction())
        {
            c.Execute("INSERT INTO t_requests VALUES (@no, '2025-10-03', 'บ้านหนองบัว', @type, 'approved', '2025-10-05', 2)",
                Enumerable.Range(0, 16_385).Select(i => new { no = $"R{i}", type = $"บริการแบบที่ {i}" }), tx);
            tx.Commit();
        }

        var path = ManagementWorkbook.Write(warehouse, new ReportRequest(null, dir.File("r.xlsx"), KnownWarehouse.Office, new DateTime(2025, 11, 1, 8, 0, 0)));
        var months = new WorkbookReadback(path).Table(ServicesSheet.Name, "คำขอรับบริการรายเดือนตามประเภท");

        Assert.That(months.Single().Keys, Has.Count.EqualTo(1 + 15 + 1 + 1), "month, 15 types, อื่น ๆ, total");
        Assert.That(WorkbookReadback.Number(months.Single()["อื่น ๆ"]), Is.EqualTo(16_385 - 15));
        Assert.That(WorkbookReadback.Number(months.Single()["รวม"]), Is.EqualTo(16_385));
    }
}
