using System.Text;
using Dlict.Etl.Loading;
using Dlict.Etl.Pipeline;
using Dlict.Etl.Sources;
using Dlict.Tests.Proof;
using DoorsIngestor = Dlict.Etl.Doors.Ingestor;

namespace Dlict.Tests.Etl.Pipeline;

/// <summary>The pipeline takes a file as a stream with a display name, an arrival time and hints; it never needs a path (issue 18 item 1).</summary>
public class FilePipelineTests
{
    private const string Csv = "school_code,grade,male,female,total,classrooms\n1041010001,ป.1,10,11,21,1\n1041010002,ป.1,5,5,11,1\n";
    private static readonly DateTime Arrived = new(2025, 6, 3, 14, 30, 0);

    [Test]
    public void Bytes_with_a_display_name_load_for_real_and_lineage_keeps_the_name_and_arrival_time()
    {
        using var w = new TestWarehouse();
        w.LoadRegistry(Corpus.Registry);
        var source = FileSource.FromBytes(Encoding.UTF8.GetBytes(Csv), "โรงเรียนบ้านหนึ่ง/e 2568-1.csv", Arrived);
        var runId = new Lineage(w.Warehouse).StartRun(Arrived, "test");

        var verdict = Pipeline(w).Load(runId, source, OpenGate.Instance);

        Assert.That(verdict.Outcome.Status, Is.EqualTo(FileStatus.Loaded), verdict.Outcome.Message);
        Assert.That((verdict.Outcome.RowsLoaded, verdict.Outcome.RowsRejected, verdict.Outcome.Cycle), Is.EqualTo((1L, 1L, "2568/1")));
        Assert.That(verdict.File.Sha256, Is.EqualTo(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(Csv)))));
        Assert.That(w.Query<(string, string, long)>("SELECT file_name, received_at, rows_loaded FROM etl_file WHERE run_id = @runId", new { runId }),
            Is.EqualTo(new[] { ("โรงเรียนบ้านหนึ่ง/e 2568-1.csv", "2025-06-03 14:30:00", 1L) }));
        Assert.That(w.Query<(int, string)>("SELECT row_number, rule FROM etl_reject WHERE run_id = @runId", new { runId }), Is.EqualTo(new[] { (3, "ENR-003") }));
    }

    [Test]
    public void A_check_returns_the_reject_rows_in_memory_and_keeps_nothing()
    {
        using var w = new TestWarehouse();
        w.LoadRegistry(Corpus.Registry);
        var before = Counts(w);
        var source = FileSource.FromBytes(Encoding.UTF8.GetBytes(Csv), "e 2568-1.csv", Arrived);

        var check = Pipeline(w).Check(source);

        Assert.That(check.Outcome.Status, Is.EqualTo(FileStatus.Loaded), check.Outcome.Message);
        Assert.That(check.Outcome.RowsLoaded, Is.EqualTo(1));
        Assert.That(check.Rejects.Select(r => (r.RowNumber, r.Column, r.Value, r.Rule.Code)), Is.EqualTo(new[] { ((int?)3, (string?)"total", (string?)"11", "ENR-003") }));
        Assert.That(check.Rejects[0].Message, Is.Not.Empty);
        Assert.That(check.Rejects[0].MessageEnglish, Is.Not.Empty);
        Assert.That(Counts(w), Is.EqualTo(before), "etl_run, etl_file, etl_reject and fact_enrolment unchanged");
    }

    [Test]
    public void A_check_of_a_file_loaded_before_answers_skipped()
    {
        using var w = new TestWarehouse();
        w.LoadRegistry(Corpus.Registry);
        var bytes = Encoding.UTF8.GetBytes(Csv);
        Pipeline(w).Load(new Lineage(w.Warehouse).StartRun(Arrived, "test"), FileSource.FromBytes(bytes, "e 2568-1.csv", Arrived), OpenGate.Instance);

        var check = Pipeline(w).Check(FileSource.FromBytes(bytes, "again 2568-1.csv", Arrived));

        Assert.That(check.Outcome.Status, Is.EqualTo(FileStatus.Skipped));
        Assert.That(check.Outcome.Message, Does.Contain("already loaded"));
        Assert.That(check.Rejects, Is.Empty);
    }

    [Test]
    public void The_kind_and_cycle_hints_of_a_file_are_used_when_its_name_does_not_say()
    {
        using var w = new TestWarehouse();
        w.LoadRegistry(Corpus.Registry);
        var source = FileSource.FromBytes(Encoding.UTF8.GetBytes(Csv), "upload.csv", Arrived, new FileHints(Kind: "enrolment", Cycle: new Dlict.Warehouse.Cycle(2568, 2)));

        var check = Pipeline(w).Check(source);

        Assert.That((check.Outcome.Kind, check.Outcome.Cycle), Is.EqualTo(("enrolment", "2568/2")));
    }

    [Test]
    public void A_check_names_the_schools_of_the_rows_and_a_gate_can_refuse_a_file_with_another_schools_rows()
    {
        using var w = new TestWarehouse();
        w.LoadRegistry(Corpus.Registry);
        var csv = Csv + "1041019999,ป.1,1,1,2,1\n";
        var source = FileSource.FromBytes(Encoding.UTF8.GetBytes(csv), "e 2568-1.csv", Arrived, new FileHints(SchoolCode: "1041010001"));

        var check = Pipeline(w).Check(source);
        var verdict = Pipeline(w).Load(new Lineage(w.Warehouse).StartRun(Arrived, "test"), source, new OneSchool("1041010001"));

        Assert.That(check.Schools.Order(), Is.EqualTo(new[] { "1041010001", "1041010002", "1041019999" }));
        Assert.That(verdict.Outcome.Status, Is.EqualTo(FileStatus.Rejected));
        Assert.That(verdict.Outcome.Message, Does.Contain("1041010002, 1041019999"));
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM fact_enrolment"), Is.Zero);
        Assert.That(w.Query<string>("SELECT status FROM etl_file WHERE file_name = 'e 2568-1.csv'"), Is.EqualTo(new[] { "rejected" }));
    }

    [Test]
    public void A_load_that_keeps_its_rejects_returns_the_rows_it_wrote_to_etl_reject()
    {
        using var w = new TestWarehouse();
        w.LoadRegistry(Corpus.Registry);
        var runId = new Lineage(w.Warehouse).StartRun(Arrived, "test");

        var verdict = Pipeline(w).Load(runId, FileSource.FromBytes(Encoding.UTF8.GetBytes(Csv), "e 2568-1.csv", Arrived), OpenGate.Instance, keepRejects: true);

        Assert.That(verdict.Rejects.Select(r => (r.RowNumber, r.Column, r.Value, r.Rule.Code)), Is.EqualTo(new[] { ((int?)3, (string?)"total", (string?)"11", "ENR-003") }));
        Assert.That(w.Query<(int, string, string)>("SELECT row_number, column_name, rule FROM etl_reject WHERE run_id = @runId", new { runId }),
            Is.EqualTo(new[] { (3, "total", "ENR-003") }), "written as well as kept");
        var plain = Pipeline(w).Load(runId, FileSource.FromBytes(Encoding.UTF8.GetBytes(Csv.Replace("21,1", "21,2")), "e2 2568-1.csv", Arrived), OpenGate.Instance);
        Assert.That(plain.Rejects, Is.Empty, "not kept unless asked");
    }

    [Test]
    public void A_gate_sees_the_kinds_and_schools_and_its_refusal_keeps_and_records_nothing()
    {
        using var w = new TestWarehouse();
        w.LoadRegistry(Corpus.Registry);
        var runId = new Lineage(w.Warehouse).StartRun(Arrived, "test");
        var before = Counts(w);
        var gate = new RefuseAll();

        var verdict = Pipeline(w).Load(runId, FileSource.FromBytes(Encoding.UTF8.GetBytes(Csv), "e 2568-1.csv", Arrived), gate, keepRejects: true);

        Assert.That(gate.Seen, Is.EqualTo(("enrolment", "1041010001,1041010002")));
        Assert.That((verdict.Outcome.Status, verdict.Outcome.Kind, verdict.Outcome.Message), Is.EqualTo((FileStatus.Rejected, "enrolment", "ไม่รับ\nrefused")));
        Assert.That(verdict.Rejects, Is.Empty);
        Assert.That(Counts(w), Is.EqualTo(before), "no etl_file row, no reject, no fact");
    }

    private sealed class RefuseAll : ICommitGate
    {
        public (string Kinds, string Schools) Seen { get; private set; }

        public void BeforeCommit(IncomingFile file, FileContents contents)
        {
            Seen = (string.Join(",", contents.Kinds), string.Join(",", contents.Schools.Order(StringComparer.Ordinal)));
            throw new FileRefusedException(contents, "ไม่รับ", "refused");
        }

        public void CommitFailed()
        {
        }
    }

    /// <summary>A school's door as the web front will have it: a row of another school rejects the whole file.</summary>
    private sealed class OneSchool(string school) : ICommitGate
    {
        public void BeforeCommit(IncomingFile file, FileContents contents)
        {
            var others = string.Join(", ", contents.Schools.Where(s => s != school).Order(StringComparer.Ordinal));
            if (others.Length > 0) throw new Dlict.Etl.FileRejectedException($"ไฟล์มีข้อมูลของโรงเรียนอื่น: {others}", $"the file has rows of other schools: {others}");
        }

        public void CommitFailed()
        {
        }
    }

    private static FilePipeline Pipeline(TestWarehouse w) =>
        new(w.Warehouse, new IngestOptions(w.DataDir) { Clock = w.Clock, HashKey = w.HashKey }, DoorsIngestor.Loaders);

    private static long[] Counts(TestWarehouse w) =>
        new[] { "etl_run", "etl_file", "etl_reject", "fact_enrolment" }.Select(t => w.Scalar<long>($"SELECT COUNT(*) FROM {t}")).ToArray();
}
