using System.Text;
using System.Text.RegularExpressions;
using Dlict.Portal.Links;
using Dlict.Tests.Cli;

namespace Dlict.Tests.Portal;

/// <summary>`dlict portal links` and `dlict portal revoke` as the officer runs them: the CSV, hashes only, reissue, revoke.</summary>
public class PortalLinksVerbTests
{
    private static TestWarehouse Registry()
    {
        var w = new TestWarehouse();
        w.LoadRegistry(("1041010001", "บ้านหนองบัว", "เพ็ญ"), ("1041010002", "บ้าน \"โคก\", ใหญ่", "เพ็ญ"), ("1041020001", "บ้านดุง", "บ้านดุง"));
        return w;
    }

    private static List<string[]> Rows(string path) =>
        File.ReadAllLines(path, Encoding.UTF8).Skip(1).Select(l => Regex.Split(l, ",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")).ToList();

    [Test]
    public void Links_writes_one_url_per_open_school_as_a_BOM_CSV_and_the_warehouse_keeps_only_hashes()
    {
        using var w = Registry();
        var csv = Path.Combine(w.DataDir.Out, "links.csv");

        var run = CliRun.Invoke("portal", "links", "--data-dir", w.DataDir.Root, "--base-url", "https://dlict.example.go.th/", "--out", csv);

        Assert.That(run.Exit, Is.Zero, run.Error);
        Assert.That(run.Out, Does.Contain("issued 3 link(s)"));
        var bytes = File.ReadAllBytes(csv);
        Assert.That(bytes.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
        Assert.That(File.ReadAllLines(csv)[0], Is.EqualTo("\uFEFFschool_code,school_name,district,url").Or.EqualTo("school_code,school_name,district,url"));
        var rows = Rows(csv);
        Assert.That(rows.Select(r => r[0]), Is.EqualTo(new[] { "1041020001", "1041010001", "1041010002" }));
        Assert.That(rows[2][1], Is.EqualTo("\"บ้าน \"\"โคก\"\", ใหญ่\""));
        var tokens = rows.Select(r => Regex.Match(r[3], "^https://dlict.example.go.th/s/([A-Za-z0-9_-]{43})$").Groups[1].Value).ToList();
        Assert.That(tokens, Has.All.Length.EqualTo(43));
        Assert.That(tokens.Distinct().Count(), Is.EqualTo(3));

        var hashes = w.Query<string>("SELECT token_sha256 FROM portal_link WHERE revoked_at IS NULL ORDER BY school_code");
        Assert.That(hashes, Is.EquivalentTo(tokens.Select(LinkToken.Hash)));
        var database = Encoding.ASCII.GetString(File.ReadAllBytes(w.DataDir.WarehouseFile));
        Assert.That(tokens.Where(t => database.Contains(t, StringComparison.Ordinal)), Is.Empty, "a token is stored in clear");
    }

    [Test]
    public void A_second_run_issues_none_reissue_replaces_one_school_and_revoke_disables_it()
    {
        using var w = Registry();
        CliRun.Invoke("portal", "links", "--data-dir", w.DataDir.Root, "--base-url", "http://x", "--out", Path.Combine(w.DataDir.Out, "a.csv"));
        var first = Rows(Path.Combine(w.DataDir.Out, "a.csv")).Single(r => r[0] == "1041010001")[3].Split("/s/")[1];

        var again = CliRun.Invoke("portal", "links", "--data-dir", w.DataDir.Root, "--base-url", "http://x", "--out", Path.Combine(w.DataDir.Out, "b.csv"));
        Assert.That(again.Out, Does.Contain("issued 0 link(s)").And.Contain("--reissue"));

        var reissued = CliRun.Invoke("portal", "links", "--data-dir", w.DataDir.Root, "--base-url", "http://x", "--school", "1041010001", "--reissue",
            "--out", Path.Combine(w.DataDir.Out, "c.csv"));
        Assert.That(reissued.Exit, Is.Zero, reissued.Error);
        var second = Rows(Path.Combine(w.DataDir.Out, "c.csv")).Single()[3].Split("/s/")[1];
        Assert.That(second, Is.Not.EqualTo(first));
        Assert.That(w.Scalar<string>("SELECT school_code FROM portal_link WHERE token_sha256 = @h AND revoked_at IS NULL", new { h = LinkToken.Hash(second) }), Is.EqualTo("1041010001"));
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM portal_link WHERE token_sha256 = @h AND revoked_at IS NOT NULL", new { h = LinkToken.Hash(first) }), Is.EqualTo(1));

        var revoke = CliRun.Invoke("portal", "revoke", "1041010001", "--data-dir", w.DataDir.Root);
        Assert.That(revoke.Exit, Is.Zero, revoke.Error);
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM portal_link WHERE school_code = '1041010001' AND revoked_at IS NULL"), Is.Zero);
        Assert.That(CliRun.Invoke("portal", "revoke", "1041010001", "--data-dir", w.DataDir.Root).Exit, Is.EqualTo(2));
    }

    [Test]
    public void An_unknown_school_or_a_base_url_that_is_not_a_web_address_is_refused_with_exit_2_and_nothing_issued()
    {
        using var w = Registry();

        var unknown = CliRun.Invoke("portal", "links", "--data-dir", w.DataDir.Root, "--school", "1041099999");
        var badUrl = CliRun.Invoke("portal", "links", "--data-dir", w.DataDir.Root, "--base-url", "dlict.example.go.th");

        Assert.That(unknown.Exit, Is.EqualTo(2));
        Assert.That(unknown.Error, Does.Contain("no open school 1041099999").And.Contain("ไม่พบโรงเรียน"));
        Assert.That(badUrl.Exit, Is.EqualTo(2));
        Assert.That(w.Scalar<long>("SELECT COUNT(*) FROM portal_link"), Is.Zero);
    }

    [Test]
    public void Without_base_url_the_link_uses_the_first_serving_url_from_dlict_json()
    {
        using var w = Registry();
        File.WriteAllText(w.DataDir.ConfigFile, """{ "web": { "urls": "http://10.0.0.5:8080;http://127.0.0.1:5080" } }""");

        var run = CliRun.Invoke("portal", "links", "--data-dir", w.DataDir.Root, "--school", "1041020001");

        Assert.That(run.Exit, Is.Zero, run.Error);
        var csv = Directory.GetFiles(w.DataDir.Out, "school-links-*.csv").Single();
        Assert.That(Rows(csv).Single()[3], Does.StartWith("http://10.0.0.5:8080/s/"));
    }
}
