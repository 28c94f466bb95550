using System.CommandLine;
using Dapper;
using Dlict.Cli.Output;
using Dlict.Cli.Settings;
using Dlict.Etl.Doors;
using Dlict.Etl.Kinds;
using Dlict.Etl.Loading;
using Dlict.Reports.Workbooks;
using Dlict.Warehouse;
using NodaTime;

namespace Dlict.Cli.Verbs;

/// <summary>`dlict status`: schema version, last runs, files waiting in the inbox, the next deadline, the serve jobs (next due, last run, deliveries).</summary>
public static class StatusVerb
{
    public static Command Build()
    {
        var command = new Command("status",
            """
            สถานะ: รุ่นโครงสร้าง, การนำเข้าล่าสุด, ไฟล์ที่รอใน inbox, กำหนดส่งครั้งถัดไป, งานของ serve
            schema version, last runs, waiting files, next deadline, the serve jobs (next due, last run, deliveries).

            ตัวอย่าง / examples:
              dlict status
              dlict status --data-dir D:/dlict-data
            """);
        VerbAction.Set(command, (_, settings) => Run(settings, SystemClock.Instance, Console.Out));
        return command;
    }

    public static int Run(DlictSettings settings, IClock clock, TextWriter output)
    {
        var warehouse = WarehouseFactory.Create(settings);
        output.WriteLine($"warehouse: {warehouse.Describe()}");
        output.WriteLine($"data folder: {settings.DataDir.Root}");
        var today = BangkokTime.Today(clock);
        var (cycle, deadline) = settings.Calendar.Upcoming(today).First();
        output.WriteLine($"กำหนดส่งครั้งถัดไป / next deadline: {cycle} on {Iso.Date(deadline)} ({ThaiDate.Format(deadline)}) — {deadline.DayNumber - today.DayNumber} day(s) left");

        var waiting = Directory.Exists(settings.DataDir.Inbox) ? new Ingestor(warehouse, new IngestOptions(settings.DataDir)).FilesToLoad().Count() : 0;
        output.WriteLine($"ไฟล์รอนำเข้า / files waiting in the inbox: {waiting}");
        WritePurge(settings, warehouse, clock, output);

        using var connection = warehouse.OpenReadOnly();
        var applied = connection.Query<string>("SELECT ScriptName FROM schema_versions ORDER BY ScriptName").ToList();
        var pending = warehouse.Migrate(dryRun: true).Scripts;
        output.WriteLine($"schema: {applied.Count} script(s) applied, last {applied.LastOrDefault() ?? "-"}; {pending.Count} pending");

        var runs = connection.Query(warehouse.Dialect.Limit("SELECT run_id, started_at, finished_at, status, files_loaded, files_skipped, files_rejected, rows_loaded, rows_rejected FROM v_etl_runs ORDER BY run_id DESC", 5)).ToList();
        output.WriteLine("การนำเข้าล่าสุด / last runs:");
        var table = new TextTable("run", "started", "finished", "status", "loaded", "skipped", "rejected", "rows", "rows rejected");
        foreach (var r in runs)
            table.Add($"{r.run_id}", Sql.QueryOutput.Text(r.started_at), Sql.QueryOutput.Text(r.finished_at), (string)r.status,
                $"{r.files_loaded}", $"{r.files_skipped}", $"{r.files_rejected}", $"{r.rows_loaded}", $"{r.rows_rejected}");
        table.Write(output);
        Serve.JobStatus.Write(warehouse, settings, clock, output);
        Pull.SourceStatus.Write(warehouse, settings, clock, output);
        return ExitCodes.Ok;
    }

    /// <summary>What the next ingest deletes under <c>archive.keepDays</c>: the count and the first few files.</summary>
    private static void WritePurge(DlictSettings settings, IWarehouse warehouse, IClock clock, TextWriter output)
    {
        if (settings.KeepDays is not { } days)
        {
            output.WriteLine("ระยะเก็บไฟล์ / archive.keepDays: ไม่กำหนด เก็บตลอดไป / not set, files are kept forever");
            return;
        }
        var due = new ArchiveRetention(warehouse, settings.DataDir, days, clock, KindCatalogue.PersonalKinds).Due();
        output.WriteLine($"จะลบในการนำเข้าครั้งถัดไป (เก่ากว่า {days} วัน) / to be purged by the next ingest (archive.keepDays = {days}): {due.Count} file(s)");
        foreach (var path in due.Take(10)) output.WriteLine($"  {Path.GetRelativePath(settings.DataDir.Root, path)}");
        if (due.Count > 10) output.WriteLine($"  … {due.Count - 10} more");
    }
}
