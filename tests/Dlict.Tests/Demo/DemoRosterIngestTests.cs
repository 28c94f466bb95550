using Dlict.Demo;
using Dlict.Reports.Completeness;

namespace Dlict.Tests.Demo;

/// <summary>The demo's rosters loaded into a warehouse give back the manifest's truth.</summary>
public class DemoRosterIngestTests
{
    [Test]
    public void Demo_rosters_load_with_their_duplicates_bad_ids_and_mismatched_schools()
    {
        using var w = new TestWarehouse();
        var manifest = DemoDistrict.Generate(new DemoOptions(), w.DataDir.Inbox);
        w.Ingest();
        var truth = manifest.Roster;

        var rosterFiles = w.Query<(string Name, string Status)>("SELECT file_name, status FROM etl_file WHERE kind = 'students'");
        Assert.That(rosterFiles.Select(f => f.Name), Is.EquivalentTo(truth.Files));
        var duplicates = w.Query<(string First, string Last)>("SELECT first_school, last_school FROM v_student_duplicates WHERE cycle = @c", new { c = truth.Cycle });
        Assert.That(duplicates, Is.EquivalentTo(truth.DuplicatedIds.Select(d =>
            string.CompareOrdinal(d.FirstSchool, d.SecondSchool) < 0 ? (d.FirstSchool, d.SecondSchool) : (d.SecondSchool, d.FirstSchool))));
        var badIds = w.Query<(string File, long Row)>("SELECT source_file, row_number FROM v_rejects WHERE rule = 'STU-001'");
        Assert.That(badIds, Is.EquivalentTo(truth.BadCitizenIds.Select(b => (b.FileName, (long)b.RowNumber))));
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM fact_student"), Is.EqualTo(truth.Rows - 5));
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM fact_student WHERE id_kind_code = 2"), Is.EqualTo(truth.GCodes));

        using var c = w.Warehouse.OpenReadOnly();
        var flagged = CompletenessQuery.Load(c, truth.Cycle, null).Schools.Where(s => s.Roster == RosterCheck.Mismatch).Select(s => s.SchoolCode).ToList();
        var explained = truth.MismatchedSchools.Concat(truth.BadCitizenIds.Select(b => b.SchoolCode!))
            .Concat(manifest.Cycles.Single(x => x.Key == truth.Cycle).BrokenRows.Select(b => b.SchoolCode).OfType<string>());
        Assert.That(flagged, Is.SupersetOf(truth.MismatchedSchools));
        Assert.That(flagged, Is.SubsetOf(explained));
    }
}
