using System.CommandLine;
using Dapper;
using Dlict.Cli.Settings;
using Dlict.Etl.Cycles;
using Dlict.Reports;
using Dlict.Reports.Queries;
using Dlict.Reports.Workbooks;
using Dlict.Warehouse;
using NodaTime;

namespace Dlict.Cli.Verbs;

/// <summary>`dlict report [--cycle Y/R] [--out FILE]`: the director's workbook.</summary>
public static class ReportVerb
{
    private static readonly Option<string?> CycleOption = CommonOptions.Cycle("รอบข้อมูล (ค่าเริ่มต้น: รอบล่าสุดที่มีข้อมูล) / the cycle (default: the latest with data)");
    private static readonly Option<string?> Out = new("--out") { Description = "ไฟล์ผลลัพธ์ / output file (default out/dlict-report-<Y>-<R>.xlsx)" };

    public static Command Build()
    {
        var command = new Command("report",
            """
            ทำรายงานสำหรับผู้บริหาร (Excel 8 แผ่นงาน พร้อมกราฟ) / make the management workbook (8 charted sheets).

            ตัวอย่าง / examples:
              dlict report
              dlict report --cycle 2568/1 --out D:/reports/รายงาน-2568-1.xlsx
            """);
        command.Options.Add(CycleOption);
        command.Options.Add(Out);
        VerbAction.Set(command, (parse, settings) =>
            Run(settings, CommonOptions.ParseCycle(parse.GetValue(CycleOption)), parse.GetValue(Out), SystemClock.Instance, Console.Out));
        return command;
    }

    public static int Run(DlictSettings settings, Cycle? cycle, string? outPath, IClock clock, TextWriter output)
    {
        var warehouse = WarehouseFactory.Create(settings);
        var chosen = cycle ?? LatestCycle.Of(warehouse)
            ?? throw new UsageException("ยังไม่มีข้อมูลนักเรียนในคลัง ให้นำเข้าข้อมูลก่อน (dlict ingest) / no enrolment data yet: run `dlict ingest` first");
        var path = outPath ?? Path.Combine(settings.DataDir.Out, $"dlict-report-{chosen.FileTag}.xlsx");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var written = ManagementWorkbook.Write(warehouse, new ReportRequest(chosen.ToString(), path, settings.Config.Office.Name, BangkokTime.Now(clock)));
        output.WriteLine(Path.GetFullPath(written));
        return ExitCodes.Ok;
    }
}
