using System.CommandLine;
using Dlict.Cli.Output;
using Dlict.Cli.Settings;
using Dlict.Etl.Doors;
using Dlict.Etl.Loading;

namespace Dlict.Cli.Verbs;

/// <summary>`dlict ingest [--kind K] [--cycle Y/R] [--as-of DATE] [path...]`.</summary>
public static class IngestVerb
{
    private static readonly Option<string?> Kind = new("--kind") { Description = "ถือว่าทุกไฟล์เป็นข้อมูลประเภทนี้ / take every file as this kind (schools, enrolment, …)" };
    private static readonly Option<string?> CycleOption = CommonOptions.Cycle("รอบข้อมูลของทุกไฟล์ เมื่อไฟล์ไม่ระบุ / the cycle of every file, e.g. 2568/1");
    private static readonly Option<string?> AsOf = CommonOptions.AsOf("วันที่ที่ทะเบียนโรงเรียนอ้างถึง / the date a school registry describes");
    private static readonly Option<string?> SubmittedAt = new("--submitted-at")
    {
        Description = "วันเวลาที่ส่งจริงของข้อมูลย้อนหลัง (แทนเวลาของไฟล์และคอลัมน์วันที่ส่ง) / when backfilled data was really sent (overrides the file time and submitted_at columns)",
        HelpName = "DATE[ TIME] e.g. 2025-06-05 or \"5/6/2568 09:30\"",
    };
    private static readonly Option<bool> Reload = new("--reload")
    {
        Description = "โหลดไฟล์ซ้ำแม้เคยโหลดแล้ว (เช่น หลังนำเข้าทะเบียนโรงเรียน) ให้เป็นฉบับล่าสุดของโรงเรียน / load again although loaded before; it becomes the schools' newest version",
    };
    private static readonly Option<string?> School = new("--school")
    {
        Description = "รหัสโรงเรียนของทุกแถวในไฟล์ที่ไม่มีคอลัมน์รหัสโรงเรียน (ไฟล์ที่โรงเรียนส่งออกเอง) / the school of every row of a file without a school column (a school's own export)",
        HelpName = "CODE",
    };
    private static readonly Option<bool> DryRun = new("--dry-run")
    {
        Description = "ตรวจทุกกฎเหมือนนำเข้าจริง แต่ไม่บันทึกและไม่ย้ายไฟล์ / run every check of a load and write nothing (no warehouse change, no file moved)",
    };
    private static readonly Argument<string[]> Paths = new("path") { Description = "ไฟล์หรือโฟลเดอร์ (ค่าเริ่มต้น: inbox/) / files or folders (default: the inbox)", Arity = ArgumentArity.ZeroOrMore };

    static IngestVerb() => Paths.Validators.Add(CommandLinePaths.Validate);

    public static Command Build()
    {
        var command = new Command("ingest",
            """
            นำเข้าไฟล์ทั้งหมดใน inbox (เก่าก่อน) ทีละไฟล์ หนึ่งธุรกรรมต่อไฟล์ / load every file in the inbox, oldest first, one transaction per file.
            ไฟล์ที่โหลดแล้วย้ายไป archive/, ไฟล์ที่ใช้ไม่ได้ย้ายไป rejected/ พร้อม .error.txt / loaded files go to archive/, rejected ones to rejected/ with a .error.txt.

            ตัวอย่าง / examples:
              dlict ingest
              dlict ingest --cycle 2568/1 ~/Downloads/dmc-2568.csv
              dlict ingest --kind schools --as-of 1/5/2568 ทะเบียนโรงเรียน.xlsx
              dlict ingest --reload archive/dmc-2568-1.csv          (โหลดซ้ำ / load again)
              dlict ingest --submitted-at "5/6/2567 09:30" dmc-2567-1.csv   (ข้อมูลปีก่อน ส่งจริงวันนั้น / last year's data, sent then)
              dlict ingest --school 1041010001 --cycle 2568/1 รายชื่อนักเรียน.xlsx   (ไฟล์ของโรงเรียนเดียว ไม่มีคอลัมน์รหัส / one school's export)
              dlict ingest --dry-run ~/Downloads/dmc-2568.csv   (ตรวจอย่างเดียว ไม่บันทึก / check only, nothing written)
            """);
        command.Options.Add(Kind);
        command.Options.Add(CycleOption);
        command.Options.Add(AsOf);
        command.Options.Add(SubmittedAt);
        command.Options.Add(Reload);
        command.Options.Add(School);
        command.Options.Add(DryRun);
        command.Arguments.Add(Paths);
        VerbAction.Set(command, (parse, settings) =>
        {
            var kind = parse.GetValue(Kind);
            if (kind is not null && Ingestor.Loaders.All(l => l.Schema.Name != kind))
                throw new UsageException($"ไม่รู้จักประเภทข้อมูล '{kind}' / unknown kind '{kind}': {string.Join(", ", Ingestor.Loaders.Select(l => l.Schema.Name))}");
            var options = settings.IngestOptions("ingest") with
            {
                Kind = kind,
                Cycle = CommonOptions.ParseCycle(parse.GetValue(CycleOption)),
                AsOf = CommonOptions.ParseDate(parse.GetValue(AsOf), "--as-of"),
                SubmittedAt = CommonOptions.ParseDateTime(parse.GetValue(SubmittedAt), "--submitted-at"),
                Reload = parse.GetValue(Reload),
                Paths = parse.GetValue(Paths) ?? [],
                School = SchoolHint.Parse(parse.GetValue(School)),
            };
            return parse.GetValue(DryRun) ? IngestCheck.Run(settings, options, Console.Out) : Run(settings, options, Console.Out);
        });
        return command;
    }

    public static int Run(DlictSettings settings, IngestOptions options, TextWriter output)
    {
        var warehouse = WarehouseFactory.Create(settings);
        RefuseContradictingCycle(options, new Ingestor(warehouse, options).FilesToLoad());
        settings.DataDir.Create();
        var migrated = warehouse.Migrate(dryRun: false);
        if (!migrated.Successful) throw new Warehouse.WarehouseUnavailableException($"migration failed: {migrated.Error}");
        if (migrated.Scripts.Count > 0) output.WriteLine($"schema: applied {migrated.Scripts.Count} script(s)");
        options = options with { School = SchoolHint.Resolve(warehouse, options.School) };

        var report = new Ingestor(warehouse, options).Run(new Progress(output));
        var t = report.Totals;
        output.WriteLine($"run {report.RunId}: {t.Seen} file(s) — {t.Loaded} loaded, {t.Skipped} skipped, {t.Rejected} rejected; rows {t.RowsLoaded:N0} loaded, {t.RowsRejected:N0} rejected");
        if (report.Purged.Count > 0)
            output.WriteLine($"ลบไฟล์เก่ากว่า {options.KeepDays} วัน / purged {report.Purged.Count} file(s) older than archive.keepDays = {options.KeepDays} from archive/ and rejected/");
        if (t.Left > 0) output.WriteLine($"ไฟล์ที่รอรอบถัดไป / left in the inbox for the next run: {t.Left}");
        if (t.Seen == 0) output.WriteLine($"ไม่มีไฟล์ใน / no files in {options.DataDir.Inbox}");
        return t.Rejected > 0 ? ExitCodes.Rejected : ExitCodes.Ok;
    }

    /// <summary>
    /// <c>--cycle 2568/1</c> given for a file named <c>…2568-2…</c>: one of them is wrong, and loading would file the data
    /// under the wrong round. Refused before anything loads (exit 2), naming the files.
    /// </summary>
    public static void RefuseContradictingCycle(IngestOptions options, IEnumerable<string> files)
    {
        if (options.Cycle is not { } given) return;
        var named = files.Select(Path.GetFileName).OfType<string>()
            .Select(n => (Name: n, Found: Etl.Cycles.Cycle.TryFindInName(n, out var c) ? c : (Etl.Cycles.Cycle?)null))
            .Where(f => f.Found is { } c && c != given)
            .Select(f => $"{f.Name} ({f.Found})").ToList();
        if (named.Count > 0)
            throw new UsageException(
                $"--cycle {given} ขัดกับรอบในชื่อไฟล์: {string.Join(", ", named)} — ตรวจรอบให้ถูก หรือนำเข้าไฟล์นั้นแยกโดยไม่ใส่ --cycle / " +
                $"--cycle {given} contradicts the cycle in the file name: {string.Join(", ", named)}; check the round, or ingest that file on its own without --cycle");
    }

    /// <summary>One plain line per file as it finishes (works on a terminal and when redirected to a log).</summary>
    internal sealed class Progress(TextWriter output) : IProgress<FileOutcome>
    {
        public void Report(FileOutcome f)
        {
            var status = f.Status.ToString().ToLowerInvariant();
            var speed = f.Elapsed.TotalSeconds > 0.5 ? $" ({f.RowsLoaded / f.Elapsed.TotalSeconds:N0} rows/s)" : "";
            output.WriteLine($"{status,-8} {f.Name}  kind={f.Kind ?? "-"} cycle={f.Cycle ?? "-"} rows={f.RowsLoaded:N0} rejected={f.RowsRejected:N0} in {f.Elapsed.TotalSeconds:0.0} s{speed}");
            if (f.Message is not null) output.WriteLine(Indent.Lines(f.Message, "         "));
        }
    }
}
