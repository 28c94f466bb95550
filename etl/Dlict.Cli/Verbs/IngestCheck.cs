using Dlict.Cli.Output;
using Dlict.Cli.Settings;
using Dlict.Etl.Doors;
using Dlict.Etl.Loading;
using Dlict.Etl.Pipeline;
using Dlict.Warehouse;

namespace Dlict.Cli.Verbs;

/// <summary>
/// <c>dlict ingest --dry-run [path...]</c>: every check of a load, nothing written (no migration, no etl_run, no file
/// moved). The same per-file lines as a load, then every reject row of the file, one line each (docs/decisions.md).
/// Exit codes as a load's: 1 when a file would be rejected whole.
/// </summary>
public static class IngestCheck
{
    public static int Run(DlictSettings settings, IngestOptions options, TextWriter output)
    {
        var warehouse = WarehouseFactory.Create(settings);
        IngestVerb.RefuseContradictingCycle(options, new Ingestor(warehouse, options).FilesToLoad());
        using (warehouse.OpenReadOnly()) { } // no warehouse yet: exit 3 with "run dlict migrate first", nothing created
        var pending = warehouse.Migrate(dryRun: true);
        if (!pending.Successful || pending.Scripts.Count > 0)
            throw new UsageException(
                $"คลังข้อมูลยังไม่เป็นรุ่นล่าสุด ({pending.Scripts.Count} สคริปต์รออยู่) — รัน dlict migrate ก่อนตรวจ / the warehouse needs `dlict migrate` first ({pending.Scripts.Count} script(s) pending): a dry run changes nothing, the schema included");
        options = options with { School = SchoolHint.Resolve(warehouse, options.School) };

        var checks = new Ingestor(warehouse, options).Check(new Shown(new IngestVerb.Progress(output), output));
        var t = IngestTotals.Of(checks.Select(c => c.Outcome).ToList());
        output.WriteLine($"dry run: {t.Seen} file(s) — {t.Loaded} would load, {t.Skipped} skipped, {t.Rejected} rejected; rows {t.RowsLoaded:N0} would load, {t.RowsRejected:N0} rejected");
        output.WriteLine("ไม่ได้บันทึกอะไรและไม่ได้ย้ายไฟล์ / nothing was written and no file was moved");
        if (t.Seen == 0) output.WriteLine($"ไม่มีไฟล์ใน / no files in {options.DataDir.Inbox}");
        return t.Rejected > 0 ? ExitCodes.Rejected : ExitCodes.Ok;
    }

    /// <summary>A file's line, then its reject rows (sheet!row, column, rule, value, Thai / English message).</summary>
    private sealed class Shown(IProgress<FileOutcome> lines, TextWriter output) : IProgress<FileCheck>
    {
        public void Report(FileCheck check)
        {
            lines.Report(check.Outcome);
            foreach (var r in check.Rejects)
            {
                var at = r.Sheet is null ? $"row {r.RowNumber}" : $"{r.Sheet}!row {r.RowNumber}";
                output.WriteLine($"         {at}  {r.Column ?? "-"}  {r.Rule.Code}  '{r.Value}'  {r.Message} / {r.MessageEnglish}");
            }
        }
    }
}
