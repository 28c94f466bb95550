using System.Diagnostics;

namespace Dlict.Tests.Cli.Pull;

/// <summary>Issue 20's closing note: how long `dlict pull` takes when none of 30 sources changed (30 HTTP sources answering 304 on 127.0.0.1).</summary>
public class UnchangedSourcesTimingTests
{
    [Test]
    public void A_pull_of_30_unchanged_sources_takes_well_under_ten_seconds()
    {
        using var server = new LoopbackServer(async c =>
        {
            if (c.Request.Headers["If-None-Match"] == "\"same\"") { c.Response.StatusCode = 304; return; }
            c.Response.Headers["ETag"] = "\"same\"";
            await LoopbackServer.Write(c, "school_code,school_name\n" + c.Request.Url!.AbsolutePath.Trim('/') + ",x\n");
        });
        using var dir = new TempDir();
        var sources = string.Join(",\n", Enumerable.Range(1, 30).Select(i => $$"""{ "name": "sheet-{{i:00}}", "url": "{{server.Url($"/104101{i:0000}?output=csv")}}" }"""));
        File.WriteAllText(dir.File("dlict.json"), $$"""{ "sources": [ {{sources}} ] }""");
        var first = CliRun.Invoke("pull", "--data-dir", dir.Path);
        Assert.That(first.Out, Does.Contain("pull: 30 source(s) — 30 new, 0 not modified, 0 failed"), first.Out + first.Error);

        var watch = Stopwatch.StartNew();
        var (exit, output, error) = CliRun.Invoke("pull", "--data-dir", dir.Path);
        watch.Stop();

        Assert.That(exit, Is.EqualTo(0), output + error);
        Assert.That(output, Does.Contain("pull: 30 source(s) — 0 new, 30 not modified, 0 failed"));
        TestContext.Out.WriteLine($"dlict pull, 30 sources answering 304: {watch.Elapsed.TotalSeconds:0.00} s");
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));
    }
}
