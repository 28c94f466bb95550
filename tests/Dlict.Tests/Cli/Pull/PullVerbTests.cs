using Dapper;
using Dlict.Warehouse.Sqlite;

namespace Dlict.Tests.Cli.Pull;

public class PullVerbTests
{
    private const string Registry = "school_code,school_name,district\n1041010001,บ้านหนองบัว,เมืองอุดรธานี\n1041010002,บ้านโคก,เมืองอุดรธานี\n";
    private const string Training = "course_code,start_date,person_id,school_code\nX1,2025-11-01,1101700230708,1041010001\nX1,2025-11-01,3100600447158,1041010002\n";

    [Test]
    public void Pull_ingests_each_source_reports_each_outcome_and_status_shows_last_success_and_failure()
    {
        using var server = new LoopbackServer(c => c.Request.Url!.AbsolutePath switch
        {
            "/registry" => LoopbackServer.Write(c, Registry),
            "/training" => LoopbackServer.Write(c, Training),
            _ => LoopbackServer.Write(c, "<html>login</html>", "text/html"),
        });
        using var dir = new TempDir();
        File.WriteAllText(dir.File("dlict.json"), $$"""
            { "sources": [
                { "name": "registry", "url": "{{server.Url("/registry")}}", "kind": "schools" },
                { "name": "training-form", "url": "{{server.Url("/training?output=csv&key=SECRET")}}", "kind": "training", "schedule": "0 * * * *" },
                { "name": "kobo", "url": "{{server.Url("/login?token=SECRET")}}" } ] }
            """);

        var (exit, output, error) = CliRun.Invoke("pull", "--data-dir", dir.Path);

        Assert.That(exit, Is.EqualTo(1), output + error);
        Assert.That(output, Does.Contain("registry (http http://127.0.0.1:").And.Contain("/registry): new: 1 file(s)"));
        Assert.That(output, Does.Contain("  loaded   registry/registry-"));
        Assert.That(output, Does.Contain("  loaded   training-form/training-form-"));
        Assert.That(output, Does.Contain("kobo (http http://127.0.0.1:").And.Contain("/login?…): failed — ").And.Contain("HTML"));
        Assert.That(output, Does.Contain("pull: 3 source(s) — 2 new, 0 not modified, 1 failed"));
        Assert.That(output + error, Does.Not.Contain("SECRET"));
        using (var connection = SqliteWarehouse.ForFile(Path.Combine(dir.Path, "warehouse.db")).OpenReadOnly())
            Assert.That(connection.ExecuteScalar<long>("SELECT SUM(participants) FROM v_training"), Is.EqualTo(2));

        var again = CliRun.Invoke("pull", "--data-dir", dir.Path, "--source", "training-form");
        Assert.That(again.Exit, Is.EqualTo(0), again.Out + again.Error);
        Assert.That(again.Out, Does.Contain("training-form (http").And.Contain("not modified — ").And.Contain("pull: 1 source(s) — 0 new, 1 not modified, 0 failed"));

        var status = CliRun.Invoke("status", "--data-dir", dir.Path);
        Assert.That(status.Exit, Is.EqualTo(0), status.Error);
        var lines = status.Out.Split('\n');
        Assert.That(lines.Single(l => l.StartsWith("kobo ", StringComparison.Ordinal)), Does.Contain("*/30 * * * *").And.Contain("/login?…").And.Contain("HTML"));
        Assert.That(lines.Single(l => l.StartsWith("training-form ", StringComparison.Ordinal)), Does.Contain("0 * * * *").And.Contain("not-modified"));
        Assert.That(status.Out, Does.Not.Contain("SECRET"));
    }

    [Test]
    public void An_unknown_source_or_a_bad_entry_is_a_configuration_error()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("dlict.json"), """{ "sources": [ { "name": "sheet", "url": "https://example.org/pub?output=csv" } ] }""");
        var unknown = CliRun.Invoke("pull", "--data-dir", dir.Path, "--source", "nope");
        Assert.That((unknown.Exit, unknown.Error), Is.EqualTo((2, "ไม่มีแหล่งข้อมูลชื่อ 'nope' ใน sources ของ dlict.json / no source named 'nope' in dlict.json sources (configured: sheet)\n")));

        File.WriteAllText(dir.File("dlict.json"), """{ "sources": [ { "name": "sheet", "url": "https://example.org/a", "folder": "/srv/x" } ] }""");
        var both = CliRun.Invoke("pull", "--data-dir", dir.Path);
        Assert.That(both.Exit, Is.EqualTo(2));
        Assert.That(both.Error, Does.Contain("give exactly one of url, imap or folder"));
    }

    [Test]
    public void Serve_once_pull_runs_every_source_and_logs_the_failure()
    {
        using var server = new LoopbackServer(c => LoopbackServer.Write(c, "", "text/csv"));
        using var dir = new TempDir();
        File.WriteAllText(dir.File("dlict.json"), $$"""{ "sources": [ { "name": "empty", "url": "{{server.Url("/e")}}" } ] }""");
        var (exit, output, _) = CliRun.Invoke("serve", "--data-dir", dir.Path, "--once", "pull");
        Assert.That(exit, Is.EqualTo(1));
        Assert.That(output, Does.Contain("pull: failed — empty (http http://127.0.0.1:").And.Contain("the answer is empty"));
        using var connection = SqliteWarehouse.ForFile(Path.Combine(dir.Path, "warehouse.db")).OpenReadOnly();
        Assert.That(connection.Query<(string, string)>("SELECT job, outcome FROM v_job_runs"), Is.EqualTo(new[] { ("pull", "failed") }));
    }
}
