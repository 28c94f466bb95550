using System.CommandLine;
using System.Diagnostics;
using Dapper;
using Dlict.Cli.Settings;
using Dlict.Demo;
using Dlict.Etl.Loading;
using Dlict.Reports.Queries;
using NodaTime;

namespace Dlict.Cli.Verbs;

/// <summary>`dlict demo`: a synthetic district (like Udon Thani ESA 1) with messy files, loaded and reported end to end.</summary>
public static class DemoVerb
{
    private static readonly Option<int> Schools = new("--schools") { Description = "จำนวนโรงเรียน / number of schools", DefaultValueFactory = _ => 200 };
    private static readonly Option<int> Seed = new("--seed") { Description = "เลขสุ่มตั้งต้น (ผลเหมือนเดิมทุกครั้ง) / random seed (same seed, same files)", DefaultValueFactory = _ => 2568 };
    private static readonly Option<int> Years = new("--years") { Description = "จำนวนปีการศึกษา (เริ่ม 2567) / academic years from 2567", DefaultValueFactory = _ => 2 };

    public static Command Build()
    {
        var command = new Command("demo",
            """
            สร้างเขตพื้นที่จำลอง (4 อำเภอ ~200 โรงเรียน) พร้อมไฟล์ที่ไม่เรียบร้อยเหมือนจริง แล้วนำเข้าและทำรายงาน
            Makes a synthetic district with realistic messy files (Windows-874, BOM, xlsx, wide DMC form, Thai digits, BE dates,
            broken rows, late and missing schools, a resubmission), then runs migrate, ingest, check and report.

            ตัวอย่าง / examples:
              dlict demo
              dlict demo --schools 400 --seed 7 --data-dir demo-data
            """);
        command.Options.Add(Schools);
        command.Options.Add(Seed);
        command.Options.Add(Years);
        VerbAction.Set(command, (parse, settings) =>
            Run(settings, new DemoOptions(parse.GetValue(Schools), parse.GetValue(Seed), parse.GetValue(Years)), Console.Out));
        return command;
    }

    public static int Run(DlictSettings settings, DemoOptions options, TextWriter output)
    {
        var clock = Stopwatch.StartNew();
        settings.DataDir.Create();
        output.WriteLine($"สร้างข้อมูลจำลอง / generating a district of {options.Schools} schools (seed {options.Seed}) into {settings.DataDir.Inbox}");
        var manifest = DemoDistrict.Generate(options, settings.DataDir.Inbox);
        output.WriteLine($"  {manifest.Files.Count} files written ({clock.Elapsed.TotalSeconds:0.0} s)");

        var ingestOptions = settings.IngestOptions("demo") with { SettleTime = TimeSpan.Zero }; // files we have just written whole
        var ingestExit = IngestVerb.Run(settings, ingestOptions, output);
        var report = new StringWriter();
        ReportVerb.Run(settings, null, null, SystemClock.Instance, report);

        var warehouse = WarehouseFactory.Create(settings);
        var latest = LatestCycle.Of(warehouse);
        var completeness = latest is { } cycle ? Path.Combine(settings.DataDir.Out, $"completeness-{cycle.FileTag}.xlsx") : "-";
        if (latest is { } checkedCycle)
            CheckVerb.Run(settings, new CheckVerb.Request(checkedCycle, null, completeness, false, false), SystemClock.Instance, TextWriter.Null);
        using var connection = warehouse.OpenReadOnly();
        var schools = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM v_school WHERE status = 'open'");
        var students = connection.ExecuteScalar<long?>("SELECT SUM(total) FROM v_enrolment WHERE cycle = @c", new { c = latest?.ToString() }) ?? 0;
        var files = connection.QuerySingle<(long Loaded, long Rejected)>(
            "SELECT SUM(CASE WHEN status = 'loaded' THEN 1 ELSE 0 END), SUM(CASE WHEN status = 'rejected' THEN 1 ELSE 0 END) FROM etl_file");
        var rejectedRows = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM v_rejects WHERE severity = 'error'");

        output.WriteLine();
        output.WriteLine("สรุป / summary");
        output.WriteLine($"  โรงเรียนที่เปิดสอน / open schools:        {schools:N0}");
        output.WriteLine($"  นักเรียน {latest} / students:            {students:N0}");
        output.WriteLine($"  ไฟล์ที่นำเข้า / files loaded:             {files.Loaded:N0}, rejected whole: {files.Rejected:N0}");
        output.WriteLine($"  แถวที่ไม่ผ่านการตรวจ / rows rejected:      {rejectedRows:N0} (see v_rejects, or `dlict check`)");
        output.WriteLine($"  รายงานผู้บริหาร / workbook:               {report.ToString().Trim()}");
        output.WriteLine($"  ความครบถ้วน / completeness ({latest}):    {completeness}");
        output.WriteLine($"  เวลา / took {clock.Elapsed.TotalSeconds:0.0} s");
        output.WriteLine("ลองต่อ / next: dlict sql \"SELECT district, SUM(total) FROM v_enrolment WHERE cycle='2568/1' GROUP BY district\" --format table");
        return ingestExit == ExitCodes.Rejected ? ExitCodes.Ok : ingestExit;
    }
}
