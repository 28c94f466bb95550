using System.CommandLine;
using Dlict.Cli.Output;
using Dlict.Cli.Pull;
using Dlict.Cli.Settings;
using NodaTime;

namespace Dlict.Cli.Verbs;

/// <summary>`dlict pull [--source NAME]`: fetch the configured sources now and ingest what is new (sources.md).</summary>
public static class PullVerb
{
    private static readonly Option<string?> Source = new("--source")
    {
        Description = "ดึงเฉพาะแหล่งข้อมูลนี้ / pull only this source (a name in dlict.json sources)",
        HelpName = "NAME",
    };

    public static Command Build()
    {
        var command = new Command("pull",
            """
            ดึงข้อมูลจากแหล่งที่ตั้งไว้ใน dlict.json (ชีตที่เผยแพร่เป็น CSV, URL ส่งออก, กล่องอีเมล, โฟลเดอร์ที่แชร์) แล้วนำเข้าสิ่งที่ใหม่
            fetch the sources configured in dlict.json (a sheet published as CSV, an export URL, a mailbox, a shared folder)
            into inbox/<source>/ and ingest what is new. Per source: new files, not modified, or failed (exit 1).

            ตัวอย่าง / examples:
              dlict pull
              dlict pull --source training-form
            """);
        command.Options.Add(Source);
        VerbAction.Set(command, (parse, settings) => Run(settings, parse.GetValue(Source), SystemClock.Instance, Environment.GetEnvironmentVariable, Console.Out));
        return command;
    }

    public static int Run(DlictSettings settings, string? only, IClock clock, Func<string, string?> environment, TextWriter output)
    {
        var sources = SourceList.Build(settings.Config, environment, clock, only);
        if (sources.Count == 0)
            throw new UsageException($"ยังไม่ได้ตั้งแหล่งข้อมูล (sources) ใน {settings.DataDir.ConfigFile} ดู docs/operations.md / no sources in {settings.DataDir.ConfigFile}: see docs/operations.md");
        var warehouse = WarehouseFactory.Create(settings);
        settings.DataDir.Create();
        var migrated = warehouse.Migrate(dryRun: false);
        if (!migrated.Successful) throw new Warehouse.WarehouseUnavailableException($"migration failed: {migrated.Error}");

        var results = new PullRun(warehouse, settings.IngestOptions("pull") with { Clock = clock }, clock).Run(sources);
        foreach (var result in results) Write(result, output);
        output.WriteLine($"pull: {results.Count} source(s) — {results.Count(r => r.Fetch.Outcome == FetchOutcomes.New)} new, " +
            $"{results.Count(r => r.Fetch.Outcome == FetchOutcomes.NotModified)} not modified, {results.Count(r => r.Failed)} failed");
        return results.Any(r => r.Failed || r.Ingest?.Totals.Rejected > 0) ? ExitCodes.Rejected : ExitCodes.Ok;
    }

    private static void Write(SourceResult result, TextWriter output)
    {
        output.WriteLine(result.Line());
        if (result.IngestNote is { } note) output.WriteLine(Indent.Lines($"ยังไม่นำเข้า รอรอบถัดไป / not ingested yet: {note}", "  "));
        if (result.Ingest is not { } ingest) return;
        foreach (var f in ingest.Files)
        {
            output.WriteLine($"  {f.Status.ToString().ToLowerInvariant(),-8} {f.Name}  kind={f.Kind ?? "-"} cycle={f.Cycle ?? "-"} rows={f.RowsLoaded:N0} rejected={f.RowsRejected:N0}");
            if (f.Message is not null) output.WriteLine(Indent.Lines(f.Message, "           "));
        }
    }
}
