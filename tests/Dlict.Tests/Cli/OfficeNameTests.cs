using Dapper;
using Dlict.Reports.Completeness;
using Dlict.Reports.Queries;
using Dlict.Tests.Reports;
using Dlict.Tests.Reports.Completeness;

namespace Dlict.Tests.Cli;

/// <summary>The office a workbook names (reports.md): dlict.json, else the registry's office row, else a neutral name.</summary>
public class OfficeNameTests
{
    private const string Registry = "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงราย เขต 1";

    [Test]
    public void Without_dlict_json_the_workbook_names_the_registrys_office_else_a_neutral_one_never_udon_thani()
    {
        using var w = CompletenessScenario.Build();
        var path = Path.Combine(w.DataDir.Root, "c.xlsx");

        Assert.That(Check(w, path), Is.EqualTo(OfficeName.Neutral));

        using (var c = w.Warehouse.Open())
            c.Execute("INSERT INTO dim_office (office_name, office_code, last_seen_at) VALUES (@Registry, '57010000', '2025-05-01 08:00:00')", new { Registry });
        Assert.That(Check(w, path), Is.EqualTo(Registry));

        File.WriteAllText(w.DataDir.ConfigFile, """{ "office": { "name": "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาแพร่ เขต 2" } }""");
        Assert.That(Check(w, path), Is.EqualTo("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาแพร่ เขต 2"));
    }

    /// <summary>Runs `dlict check` and returns the office named in the first cell of the completeness workbook.</summary>
    private static object? Check(TestWarehouse w, string path)
    {
        var run = CliRun.Invoke("check", "--data-dir", w.DataDir.Root, "--cycle", "2568/1", "--out", path);
        Assert.That(run.Exit, Is.Zero, run.Error);
        return new WorkbookReadback(path).Rows(CompletenessWorkbook.SummarySheet)[0][0];
    }
}
