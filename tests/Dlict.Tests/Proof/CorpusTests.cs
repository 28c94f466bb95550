using Dlict.Etl.Loading;

namespace Dlict.Tests.Proof;

/// <summary>Each corpus file into a fresh warehouse: the outcome expected.tsv names, no exception, no hang, no garbage.</summary>
[Category("Proof")]
public class CorpusTests
{
    [TestCaseSource(typeof(Corpus), nameof(Corpus.Cases))]
    [CancelAfter(30_000)]
    public void Ingests_as_expected(CorpusCase c)
    {
        using var w = new TestWarehouse();
        w.LoadRegistry(Corpus.Registry);
        w.Drop(c.File, File.ReadAllBytes(Path.Combine(Corpus.Folder, c.File)));

        var outcome = w.Ingest().Files.Single();

        var rejects = string.Join(";", w.Query<string>(
            "SELECT CAST(row_number AS TEXT) || ':' || rule FROM etl_reject WHERE source_file = @File ORDER BY row_number, rule", new { c.File }));
        var said = $"{outcome.Status} rows={outcome.RowsLoaded} rejects=[{rejects}] message={outcome.Message}";
        if (c.Outcome == "rejected")
        {
            Assert.That(outcome.Status, Is.EqualTo(FileStatus.Rejected), said);
            Assert.That(outcome.Message, Is.Not.Empty);
            if (c.Fragment != "-") Assert.That(outcome.Message, Does.Contain(c.Fragment).IgnoreCase, said);
            Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM fact_enrolment"), Is.Zero, "a rejected file left rows behind");
            Assert.That(File.Exists(Path.Combine(w.DataDir.Rejected, c.File + ".error.txt")), said);
            return;
        }
        Assert.That(outcome.Status, Is.EqualTo(FileStatus.Loaded), said);
        if (c.Rows != "-") Assert.That(outcome.RowsLoaded, Is.EqualTo(long.Parse(c.Rows, System.Globalization.CultureInfo.InvariantCulture)), said);
        if (c.Rejects != "-") Assert.That(rejects, Is.EqualTo(c.Rejects), said);
        Invariants.Hold(w);
    }
}
