using Dlict.Etl.Sources;

namespace Dlict.Tests.Etl.Sources;

/// <summary>The public files in shared/data/real (see its PROVENANCE.md); ignored where that folder is absent.</summary>
public class RealFileTests
{
    private static string RealFile(string name)
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "DlictAnalytics.sln")))
        {
            dir = dir.Parent;
        }

        var real = dir is null ? null : Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data", "real"));
        if (real is null || !File.Exists(Path.Combine(real, name)))
        {
            Assert.Ignore($"real data not found next to the repository ({name})");
        }

        return Path.Combine(real!, name);
    }

    [Test]
    public void Dmc_enrolment_chiangrai3()
    {
        var rows = TabularFile.Open(RealFile("dmc-enrolment-chiangrai3-2568.csv")).Single().Rows.ToList();

        Assert.That(rows, Has.Count.EqualTo(141));
        Assert.That(rows[0].RowNumber, Is.EqualTo(1));
        Assert.That(rows[^1].RowNumber, Is.EqualTo(141));
        Assert.That(rows.Select(r => r.Cells.Length).Distinct(), Is.EqualTo(Expect.Numbers(96)));
        Assert.That(rows[0].Cells, Does.Contain("อ.1 ชาย").And.Contain("รวมอ.1"));
        Assert.That(rows[1][2], Is.EqualTo("57030001"));
        Assert.That(rows[^1].Cells.Take(4), Is.All.Null, "totals row has blank key columns");
    }

    [Test]
    public void Obec_school_master_phrae2()
    {
        var rows = TabularFile.Open(RealFile("obec-school-master-phrae2.csv")).Single().Rows.ToList();

        Assert.That(rows, Has.Count.EqualTo(105));
        Assert.That(rows[^1].RowNumber, Is.EqualTo(105));
        Assert.That(rows.Select(r => r.Cells.Length).Distinct(), Is.EqualTo(Expect.Numbers(160)));
        Assert.That(rows.Skip(1).Take(103).Select(r => r.Cells.Single(c => c?.StartsWith("1054390", StringComparison.Ordinal) == true && c.Length == 10)), Has.Exactly(103).Items);
        Assert.That(rows[^1].Cells, Does.Contain("54020000"));
    }

    [Test]
    public void Udonthani_schools_with_escaped_quotes()
    {
        var rows = TabularFile.Open(RealFile("udonthani-schools.csv")).Single().Rows.ToList();

        Assert.That(rows, Has.Count.EqualTo(916));
        Assert.That(rows[0].Cells, Is.EqualTo(Expect.Cells("name", "subDistrict", "district", "province", "level")));
        Assert.That(rows.Select(r => r[0]), Does.Contain("โรงเรียนบ้านห้วยเกิ้ง \"วัฒนเสรีราษฏร์บำรุง\""));
    }
}
