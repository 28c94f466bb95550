using Dlict.Cli;
using Dlict.Etl.Doors;
using Dlict.Etl.Loading;
using Dlict.Etl.Privacy;
using Dlict.Tests.Cli;
using Dlict.Tests.Etl.Kinds;

namespace Dlict.Tests.Etl.Privacy;

/// <summary>The warehouse keeps its hash key's fingerprint: another key or a short one is refused before anything loads.</summary>
public class KeyFingerprintTests
{
    private const string Header = "รหัสโรงเรียน,เลขประจำตัวประชาชน,ชื่อ,นามสกุล,ชั้น,เพศ,วันเกิด\n";

    private static TestWarehouse WithSchools()
    {
        var w = new TestWarehouse();
        w.LoadRegistry(("1041010001", "บ้านหนองบัว", "เมืองอุดรธานี"), ("1041010002", "บ้านโคก", "เมืองอุดรธานี"));
        return w;
    }

    private static string Roster(string school, int students) => Header + string.Concat(Enumerable.Range(0, students).Select(i =>
        $"{school},{StudentRosterTests.IdWithRemainder(i % 11, 110170000000 + i * 100)},ชื่อ,สกุล,ป.1,ชาย,\n"));

    private static long Runs(TestWarehouse w) => w.Scalar<long>("SELECT COUNT(*) FROM etl_run");

    [Test]
    public void A_new_key_file_after_the_first_run_is_refused_with_exit_2_and_nothing_loaded()
    {
        using var w = WithSchools();
        w.Drop("รายชื่อนักเรียน_2568-1.csv", Roster("1041010001", 50)); // an old write time: nothing waits for inbox.settleSeconds
        Assert.That(CliRun.Invoke("ingest", "--data-dir", w.DataDir.Root).Exit, Is.EqualTo(ExitCodes.Ok));
        var runs = Runs(w);
        File.Delete(Path.Combine(w.DataDir.Root, HashKey.FileName)); // a run without DLICT_HASH_KEY on another machine, a restore without the key
        var second = w.Drop("รายชื่อนักเรียน_2568-1 โรงเรียน2.csv", Roster("1041010002", 50));

        var (exit, _, error) = CliRun.Invoke("ingest", "--data-dir", w.DataDir.Root);

        Assert.That(exit, Is.EqualTo(ExitCodes.Usage));
        Assert.That(error, Does.Contain("ไม่ใช่กุญแจที่คลังข้อมูลนี้ใช้").And.Contain("not the key this warehouse was loaded with").And.Contain("docs/privacy.md"));
        Assert.That(Runs(w), Is.EqualTo(runs), "no run started");
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM fact_student"), Is.EqualTo(50), "the second school's roster was not loaded");
        Assert.That(File.Exists(second), Is.True, "the file waits in the inbox for a run with the right key");
    }

    [Test]
    public void With_the_same_key_the_duplicates_across_runs_are_found()
    {
        using var w = WithSchools();
        w.Drop("รายชื่อนักเรียน_2568-1.csv", Roster("1041010001", 50));
        w.Ingest();
        w.Drop("รายชื่อนักเรียน_2568-1 โรงเรียน2.csv", Roster("1041010002", 50));

        w.Ingest();

        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM v_student_duplicates"), Is.EqualTo(50));
    }

    [TestCase("x")]
    [TestCase("a passphrase of 31 bytes exactl")]
    public void A_key_shorter_than_32_bytes_is_refused_before_the_run_starts(string text)
    {
        using var w = WithSchools();
        w.Drop("รายชื่อนักเรียน_2568-1.csv", Roster("1041010001", 3));
        var options = new IngestOptions(w.DataDir) { HashKey = HashKey.FromText(text, HashKey.EnvironmentVariable), Clock = w.Clock };

        Assert.That(() => new Ingestor(w.Warehouse, options).Run(),
            Throws.TypeOf<HashKeyRefusedException>().With.Message.Contains("at least 32").And.Message.Contains("ต้องมีอย่างน้อย 32 ไบต์"));
        Assert.That(Runs(w), Is.EqualTo(1), "only the registry's run");
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM fact_student"), Is.Zero);
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM etl_hash_key"), Is.EqualTo(1), "the registry's load stored the real key's fingerprint");
    }

    [Test]
    public void The_stored_fingerprint_is_an_hmac_of_a_label_and_never_the_key()
    {
        using var w = WithSchools();
        var stored = w.Scalar<byte[]>("SELECT fingerprint FROM etl_hash_key WHERE hash_key_id = 1");

        Assert.That(stored, Is.EqualTo(KeyFingerprint.Of(w.HashKey)).And.Length.EqualTo(32));
        Assert.That(stored, Is.Not.EqualTo(w.HashKey.Bytes));
        Assert.That(KeyFingerprint.Of(HashKey.FromText(new string('k', 40), "test")), Is.Not.EqualTo(stored));
    }
}
