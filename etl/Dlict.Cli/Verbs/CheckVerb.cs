using System.CommandLine;
using Dlict.Cli.Output;
using Dlict.Cli.Settings;
using Dlict.Etl.Cycles;
using Dlict.Etl.Loading;
using Dlict.Reports.Completeness;
using Dlict.Reports.Queries;
using Dlict.Warehouse;
using NodaTime;

namespace Dlict.Cli.Verbs;

/// <summary>`dlict check --cycle Y/R [--as-of DATE] [--out FILE] [--by-school] [--fail-on-missing]`: completeness for the data officer.</summary>
public static class CheckVerb
{
    private static readonly Option<string?> CycleOption = CommonOptions.Cycle("รอบข้อมูลที่จะตรวจ (จำเป็น) / the cycle to check (required)");
    private static readonly Option<string?> AsOf = CommonOptions.AsOf("ดูสถานะ ณ สิ้นวันนั้น (นับเฉพาะการส่งถึงวันนั้น) / the state at the end of that day");
    private static readonly Option<string?> Out = new("--out") { Description = "ไฟล์ผลลัพธ์ / output file (default out/completeness-<Y>-<R>.xlsx)" };
    private static readonly Option<bool> BySchool = new("--by-school") { Description = "ทำไฟล์แยกรายโรงเรียน (พร้อมส่งต่อ) / also one small workbook per school, ready to forward" };
    private static readonly Option<bool> FailOnMissing = new("--fail-on-missing") { Description = "จบด้วยรหัส 1 เมื่อมีโรงเรียนยังไม่ส่ง / exit 1 when any expected school is missing" };

    public sealed record Request(Cycle Cycle, DateOnly? AsOf, string? OutPath, bool BySchool, bool FailOnMissing);

    public static Command Build()
    {
        var command = new Command("check",
            """
            ตรวจความครบถ้วนและตรงเวลาของการส่งข้อมูล รายอำเภอและรายโรงเรียน พร้อมรายการที่ต้องแก้ไขและข้อสังเกต
            Submission completeness and timeliness per district and school, with every row each school must fix
            and the figures that look wrong against the same round last year (v_enrolment_anomalies).

            ตัวอย่าง / examples:
              dlict check --cycle 2568/1
              dlict check --cycle 2568/1 --as-of 5/6/2568            (สถานะ ณ สิ้นวันที่ 5 มิ.ย. 2568)
              dlict check --cycle 2568/1 --by-school                 (ไฟล์แยกรายโรงเรียนใน out/completeness-2568-1/)
              dlict check --cycle 2568/1 --fail-on-missing           (รหัสออก 1 เมื่อยังมีโรงเรียนไม่ส่ง)
            """);
        foreach (var option in new Option[] { CycleOption, AsOf, Out, BySchool, FailOnMissing }) command.Options.Add(option);
        VerbAction.Set(command, (parse, settings) =>
        {
            var cycle = CommonOptions.ParseCycle(parse.GetValue(CycleOption))
                ?? throw new UsageException("ต้องระบุ --cycle เช่น --cycle 2568/1 / --cycle is required, e.g. --cycle 2568/1");
            var request = new Request(cycle, CommonOptions.ParseDate(parse.GetValue(AsOf), "--as-of"), parse.GetValue(Out),
                parse.GetValue(BySchool), parse.GetValue(FailOnMissing));
            return Run(settings, request, SystemClock.Instance, Console.Out);
        });
        return command;
    }

    public static int Run(DlictSettings settings, Request request, IClock clock, TextWriter output)
    {
        var warehouse = WarehouseFactory.Create(settings);
        warehouse.MigrateOrThrow();
        if (!HasRegistry(warehouse))
        {
            Console.Error.WriteLine("ยังไม่ได้นำเข้าทะเบียนโรงเรียน จึงไม่รู้ว่าโรงเรียนใดต้องส่ง — นำเข้าทะเบียนก่อน (dlict ingest --kind schools ทะเบียนโรงเรียน.xlsx) / " +
                "no school registry is loaded, so no school is expected: load the registry first (dlict ingest --kind schools registry.xlsx)");
            return ExitCodes.Rejected;
        }
        RefreshDeadline(warehouse, request.Cycle, settings.Calendar);

        var watch = System.Diagnostics.Stopwatch.StartNew();
        // The flags (v_enrolment_anomalies, ~1 s of a national cycle) are read on a second connection while the rest is
        // counted and the workbook's first sheets are laid out; the ข้อสังเกต sheet and the console wait for them.
        var flags = Task.Run(() =>
        {
            using var connection = warehouse.OpenReadOnly();
            return QualityQuery.Anomalies(connection, request.Cycle.ToString());
        });
        CompletenessData data;
        using (var connection = warehouse.OpenReadOnly())
            data = CompletenessQuery.Load(connection, request.Cycle.ToString(), request.AsOf, anomalies: false).WithAnomalies(flags);
        var counted = watch.Elapsed;

        var path = Path.GetFullPath(request.OutPath ?? Path.Combine(settings.DataDir.Out, $"completeness-{request.Cycle.FileTag}.xlsx"));
        var workbook = new CompletenessRequest(request.Cycle.ToString(), path, OfficeName.Of(warehouse, settings.Config.Office.Name), BangkokTime.Now(clock), request.AsOf);
        CompletenessWorkbook.Write(data, workbook);
        var written = watch.Elapsed - counted;
        CheckReport.Print(data, output);
        output.WriteLine($"workbook: {path} (counted in {counted.TotalSeconds:0.00} s, written in {written.TotalSeconds:0.00} s)");
        if (request.BySchool)
        {
            var folder = Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path));
            Directory.CreateDirectory(folder);
            foreach (var school in data.Schools)
                CompletenessWorkbook.Write(data.ForSchool(school.SchoolCode),
                    workbook with { SchoolCode = school.SchoolCode, OutputPath = Path.Combine(folder, school.SchoolCode + ".xlsx") });
            output.WriteLine($"แยกรายโรงเรียน / per school: {data.Schools.Count} file(s) in {folder}");
        }
        return request.FailOnMissing && data.Schools.Any(s => s.Status == "missing") ? ExitCodes.Rejected : ExitCodes.Ok;
    }

    private static bool HasRegistry(IWarehouse warehouse)
    {
        using var connection = warehouse.OpenReadOnly();
        return Dapper.SqlMapper.ExecuteScalar<long>(connection, "SELECT COUNT(*) FROM dim_school") > 0;
    }

    /// <summary>dlict.json may move a deadline after the data arrived: dim_cycle takes the calendar's date before anything is counted.</summary>
    private static void RefreshDeadline(IWarehouse warehouse, Cycle cycle, CycleCalendar calendar)
    {
        using var connection = warehouse.Open();
        using var tx = connection.BeginTransaction();
        CycleTable.Ensure(connection, tx, cycle, calendar);
        tx.Commit();
    }
}
