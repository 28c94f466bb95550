using Dlict.Demo;
using Dlict.Etl.Kinds;
using Dlict.Etl.Loading;
using Dlict.Etl.Reading;
using Dlict.Etl.Sources;

namespace Dlict.Tests.Etl.Operations;

/// <summary>The demo's fiscal year of operations files loads: rows loaded = rows − deliberate bad rows, each rejected by its rule.</summary>
public class OperationsDemoTests
{
    private static readonly Dictionary<string, string> RuleByReason = new()
    {
        ["working + broken > quantity"] = "EQP-006",
        ["returned_date before loan_date"] = "LON-006",
        ["periods_dltv > periods_planned"] = "DLT-006",
        ["rating outside 1–5"] = "SUP-004",
        ["completed_at before requested_at"] = "SRV-007",
    };

    [Test]
    public void Every_demo_operations_file_is_detected_as_its_kind()
    {
        using var dir = new TempDir();
        var manifest = DemoDistrict.Generate(new DemoOptions(Schools: 12), dir.Path);
        Assert.That(manifest.Operations.Select(o => o.Kind), Is.EquivalentTo(new[] { "training", "equipment", "loans", "dltv_usage", "supervision", "service_requests" }));
        foreach (var truth in manifest.Operations)
        {
            var sheet = TabularFile.Open(Path.Combine(manifest.InboxDir, truth.FileName)).Single();
            using var cursor = new SheetCursor(sheet);
            var header = HeaderLocator.Locate(cursor.Head, KindCatalogue.All, truth.FileName);
            Assert.That(header?.Kind.Name, Is.EqualTo(truth.Kind), truth.FileName);
        }
    }

    [Test]
    public void The_demo_fiscal_year_loads_with_its_manifest_truth()
    {
        using var w = new TestWarehouse();
        var manifest = DemoDistrict.Generate(new DemoOptions(Schools: 24), w.DataDir.Inbox);

        var report = OperationsIngest.Run(w);

        foreach (var truth in manifest.Operations)
        {
            var outcome = report.Files.Single(f => f.Name.EndsWith(truth.FileName, StringComparison.Ordinal));
            Assert.That(outcome.Status, Is.EqualTo(FileStatus.Loaded), $"{truth.FileName}: {outcome.Message}");
            Assert.That(outcome.Kind, Is.EqualTo(truth.Kind));
            Assert.That(outcome.RowsLoaded, Is.EqualTo(truth.Rows - truth.BrokenRows.Count), truth.FileName);
            var expected = truth.BrokenRows.Select(b => ((long)b.RowNumber, RuleByReason[b.Reason])).OrderBy(x => x.Item1).ToList();
            Assert.That(OperationsIngest.Rejects(w, outcome.Name), Is.EqualTo(expected), truth.FileName);
        }
        Assert.That(w.Scalar<long>("SELECT SUM(participants) FROM v_training"), Is.EqualTo(manifest.Operations.Single(o => o.Kind == "training").Rows));
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM v_loans"), Is.EqualTo(149));
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM v_service_requests"), Is.EqualTo(399));
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM v_dltv_readiness WHERE usage_rate IS NOT NULL"),
            Is.EqualTo(manifest.Schools.Count(s => s.Dltv && s.Status == SchoolStatus.Open)));
    }
}
