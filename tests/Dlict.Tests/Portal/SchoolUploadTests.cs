using System.Net;
using System.Text.Json;
using Dlict.Portal.Uploads;
using static Dlict.Tests.Portal.PortalServer;

namespace Dlict.Tests.Portal;

/// <summary>Upload and check through a school's link: the JSON contract, the school door's rules, the record of every upload.</summary>
public class SchoolUploadTests
{
    /// <summary>Cycle 2568/2 for school A: ป.1 fine, ป.2's total is not male + female (ENR-003, row 3 as in the file).</summary>
    public static string Enrolment(string school = A, bool bad = true) =>
        $"school_code,grade,male,female,total\n{school},ป.1,10,11,21\n{school},ป.2,12,12,{(bad ? 31 : 24)}\n";

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Test]
    public async Task An_upload_with_a_bad_row_loads_the_rest_and_answers_the_reject_as_in_the_file_and_is_recorded()
    {
        await using var s = await Start();

        var body = await Json(await s.Send(A, "upload", Csv(Enrolment()), "../../etc/dmc 2568.csv", cycle: "2568/2"));

        Assert.That(body.GetProperty("status").GetString(), Is.EqualTo("loaded"));
        Assert.That(body.GetProperty("kind").GetString(), Is.EqualTo("enrolment"));
        Assert.That(body.GetProperty("cycle").GetString(), Is.EqualTo("2568/2"));
        Assert.That(body.GetProperty("school_code").GetString(), Is.EqualTo(A));
        Assert.That(body.GetProperty("rows_loaded").GetInt64(), Is.EqualTo(1));
        Assert.That(body.GetProperty("rows_rejected").GetInt64(), Is.EqualTo(1));
        var reject = body.GetProperty("rejects")[0];
        Assert.That(reject.GetProperty("row").GetInt32(), Is.EqualTo(3));
        Assert.That(reject.GetProperty("rule").GetString(), Is.EqualTo("ENR-003"));
        Assert.That(reject.GetProperty("column").GetString(), Is.EqualTo("total"));
        Assert.That(reject.GetProperty("value").GetString(), Is.EqualTo("31"));
        Assert.That(reject.GetProperty("message").GetString(), Does.Contain("ชาย"));
        Assert.That(body.GetProperty("message").GetString(), Does.StartWith("รับข้อมูลแล้ว 1 แถว ไม่ผ่านการตรวจ 1 แถว"));
        Assert.That(s.W.Query<(int, string, string, string)>("SELECT row_number, column_name, rule, value FROM etl_reject"),
            Is.EqualTo(new[] { (3, "total", "ENR-003", "31") }), "the answer lists the rows the load wrote (one pass)");

        Assert.That(s.W.Scalar<long>("SELECT COUNT(*) FROM fact_enrolment WHERE school_code = @A", new { A }), Is.EqualTo(1), "ป.1 only");
        var row = s.W.Query<(string address, string mode, string kind, string outcome, string file_name, string stored_as)>(
            "SELECT address, mode, kind, outcome, file_name, stored_as FROM portal_upload").Single();
        Assert.That(row, Is.EqualTo(("127.0.0.1", "upload", "enrolment", "loaded", "dmc 2568.csv", row.stored_as)));
        Assert.That(row.stored_as, Does.Match($"^upload-{A}-20250701-100000-[0-9a-f]{{8}}\\.csv$"));
        Assert.That(File.Exists(Path.Combine(s.W.DataDir.Archive, "uploads", row.stored_as)));
        Assert.That(Directory.EnumerateFiles(s.W.Scratch, "*dmc 2568*", SearchOption.AllDirectories), Is.Empty, "the client's name is display text only");
    }

    [Test]
    public async Task A_check_answers_what_the_upload_would_and_keeps_nothing_but_its_record()
    {
        await using var s = await Start();
        var facts = s.W.Scalar<long>("SELECT COUNT(*) FROM fact_enrolment");
        var files = s.W.Scalar<long>("SELECT COUNT(*) FROM etl_file");

        var body = await Json(await s.Send(A, "check", Csv(Enrolment()), "dmc.csv", cycle: "2568/2"));

        Assert.That(body.GetProperty("status").GetString(), Is.EqualTo("loaded"));
        Assert.That(body.GetProperty("check").GetBoolean(), Is.True);
        Assert.That(body.GetProperty("rows_rejected").GetInt64(), Is.EqualTo(1));
        Assert.That(body.GetProperty("rejects")[0].GetProperty("row").GetInt32(), Is.EqualTo(3));
        Assert.That(s.W.Scalar<long>("SELECT COUNT(*) FROM fact_enrolment"), Is.EqualTo(facts));
        Assert.That(s.W.Scalar<long>("SELECT COUNT(*) FROM etl_file"), Is.EqualTo(files));
        Assert.That(s.W.Scalar<long>("SELECT COUNT(*) FROM etl_reject"), Is.Zero);
        Assert.That(s.W.Query<string>("SELECT mode || ':' || outcome FROM portal_upload"), Is.EqualTo(new[] { "check:loaded" }));
        Assert.That(Directory.Exists(Path.Combine(s.W.DataDir.Archive, "uploads")), Is.False);
    }

    [Test]
    public async Task Another_schools_row_rejects_the_whole_file_and_nothing_is_loaded()
    {
        await using var s = await Start();

        var body = await Json(await s.Send(A, "upload", Csv(Enrolment() + $"{B},ป.1,5,5,10\n"), "dmc.csv", cycle: "2568/2"));

        Assert.That(body.GetProperty("status").GetString(), Is.EqualTo("rejected"));
        Assert.That(body.GetProperty("message").GetString(), Does.StartWith("ไฟล์มีข้อมูลของโรงเรียนอื่น").And.Contain(B));
        Assert.That(body.GetProperty("rows_loaded").GetInt64(), Is.Zero);
        Assert.That(s.W.Scalar<long>("SELECT COUNT(*) FROM fact_enrolment"), Is.Zero);
        Assert.That(s.W.Scalar<long>("SELECT COUNT(*) FROM fact_submission"), Is.Zero);
        Assert.That(s.W.Query<string>("SELECT outcome FROM portal_upload"), Is.EqualTo(new[] { "rejected" }));
        Assert.That(s.W.Scalar<long>("SELECT COUNT(*) FROM etl_file WHERE file_name = 'dmc.csv'"), Is.Zero, "refused by the door: no file of a run");
        Assert.That(s.W.Query<(string, long)>("SELECT status, files_seen FROM etl_run WHERE command = 'web'"), Is.EqualTo(new[] { ("succeeded", 0L) }));
    }

    [Test]
    public async Task An_office_kind_is_refused_whole()
    {
        await using var s = await Start();
        var registry = s.W.Scalar<long>("SELECT COUNT(*) FROM dim_school");

        var body = await Json(await s.Send(A, "upload", Csv($"school_code,school_name,district\n{A},บ้านหนองบัว ใหม่,เพ็ญ\n"), "registry.csv"));

        Assert.That(body.GetProperty("status").GetString(), Is.EqualTo("rejected"));
        Assert.That(body.GetProperty("message").GetString(), Does.Contain("schools").And.Contain("ข้อมูลของสำนักงาน"));
        Assert.That(s.W.Scalar<long>("SELECT COUNT(*) FROM dim_school"), Is.EqualTo(registry));
        Assert.That(s.W.Scalar<string>("SELECT school_name FROM dim_school WHERE school_code = @A AND is_current = 1", new { A }), Is.EqualTo("บ้านหนองบัว"));
    }

    [Test]
    public async Task A_file_without_a_school_column_belongs_to_the_links_school_and_the_same_bytes_again_are_skipped()
    {
        await using var s = await Start();
        var bytes = Csv("grade,male,female\nป.1,10,11\nป.2,9,9\n");

        var first = await Json(await s.Send(B, "upload", bytes, "ของโรงเรียน.csv", cycle: "2568/2"));
        var again = await Json(await s.Send(B, "upload", bytes, "ของโรงเรียน.csv", cycle: "2568/2"));

        Assert.That(first.GetProperty("status").GetString(), Is.EqualTo("loaded"), first.GetProperty("message").GetString());
        Assert.That(first.GetProperty("rows_loaded").GetInt64(), Is.EqualTo(2));
        Assert.That(s.W.Scalar<long>("SELECT SUM(total) FROM fact_enrolment WHERE school_code = @B", new { B }), Is.EqualTo(39));
        Assert.That(again.GetProperty("status").GetString(), Is.EqualTo("skipped"));
        Assert.That(s.W.Scalar<long>("SELECT COUNT(*) FROM fact_submission WHERE school_code = @B", new { B }), Is.EqualTo(1));
    }
}
