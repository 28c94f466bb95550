namespace Dlict.Tests.Etl.Kinds;

/// <summary>SubmissionBook's tie-break: a resubmission with the SAME submitted_at as the latest one replaces it (>=, not >).</summary>
public class SameTimeResubmissionTests
{
    [Test]
    public void A_resubmission_with_the_same_time_replaces_the_facts_and_becomes_the_latest_version()
    {
        using var w = new TestWarehouse();
        w.LoadRegistry(("1041010001", "บ้านหนองบัว", "เพ็ญ"));
        w.Drop("a 2568-1.csv", "school_code,grade,male,female,submitted_at\n1041010001,ป.1,10,11,2025-06-01 09:00\n",
            arrivedAt: new DateTime(2025, 6, 1, 9, 0, 0));
        w.Ingest();
        w.Drop("a 2568-1 แก้ไข.csv", "school_code,grade,male,female,submitted_at\n1041010001,ป.1,20,21,2025-06-01 09:00\n",
            arrivedAt: new DateTime(2025, 6, 1, 9, 5, 0));
        w.Ingest();

        Assert.That(w.Scalar<long>("SELECT SUM(total) FROM fact_enrolment"), Is.EqualTo(41));
        var versions = w.Query<(long Version, long Latest, string File)>(
            "SELECT s.version, s.is_latest, f.file_name FROM fact_submission s JOIN etl_file f ON f.file_id = s.file_id ORDER BY s.version");
        Assert.That(versions, Is.EqualTo(new[] { (1L, 0L, "a 2568-1.csv"), (2L, 1L, "a 2568-1 แก้ไข.csv") }));
    }
}
