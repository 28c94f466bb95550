using System.CommandLine;
using Dlict.Cli.Output;
using Dlict.Cli.Settings;
using Dlict.Warehouse;
using Dlict.Warehouse.Copying;
using Dlict.Warehouse.Sqlite;
using Dlict.Warehouse.SqlServer;
using Dlict.Warehouse.SqlServer.Copying;

namespace Dlict.Cli.Verbs;

/// <summary>
/// `dlict copy-to --provider sqlserver --connection "…" [--from "Data Source=…"] [--replace]`: moves a SQLite
/// warehouse into SQL Server. Here --provider/--connection name the TARGET; the source is always SQLite.
/// </summary>
public static class CopyToVerb
{
    private static readonly Option<string?> From = new("--from")
    {
        Description = "คลังข้อมูล SQLite ต้นทาง / the SQLite source (default: Data Source=<data-dir>/warehouse.db)",
        HelpName = "\"Data Source=…\"",
    };

    private static readonly Option<bool> Replace = new("--replace")
    {
        Description = "ลบข้อมูลเดิมในปลายทางก่อนคัดลอก / empty the target's tables first when they already hold data",
    };

    public static Command Build()
    {
        var command = new Command("copy-to",
            "คัดลอกคลังข้อมูล SQLite ไปยัง SQL Server (--provider/--connection คือปลายทาง) / copy the SQLite warehouse into SQL Server (--provider/--connection name the target)\n\n" +
            "ตัวอย่าง / example: dlict copy-to --provider sqlserver --connection \"Server=db;Database=dlict;User Id=dlict_etl;Password=…\"");
        command.Options.Add(From);
        command.Options.Add(Replace);
        VerbAction.Set(command, (parse, settings) => Run(settings, parse.GetValue(From), parse.GetValue(Replace), Console.Out));
        return command;
    }

    public static int Run(DlictSettings settings, string? from, bool replace, TextWriter output)
    {
        if (settings.Provider != "sqlserver")
            throw new UsageException("copy-to ต้องระบุปลายทาง --provider sqlserver --connection \"…\" / copy-to needs the target: --provider sqlserver --connection \"…\"");
        var target = (SqlServerWarehouse)WarehouseFactory.Engine(settings);
        var source = new SqliteWarehouse(from ?? $"Data Source={settings.DataDir.WarehouseFile}");
        output.WriteLine($"ต้นทาง / from: {source.Describe()}");
        output.WriteLine($"ปลายทาง / to:   {target.Describe()}");
        var copy = new SqlServerCopy(source, target);
        var plan = copy.Plan();

        target.MigrateOrThrow(output.WriteLine);

        var before = Inspect(copy, plan);
        if (before.Occupied.Count > 0 && !replace)
            throw new UsageException(
                $"ปลายทางมีข้อมูลอยู่แล้วในตาราง {string.Join(", ", before.Occupied)} — ใช้ --replace เพื่อลบแล้วคัดลอกใหม่ / " +
                $"the target already holds data in {string.Join(", ", before.Occupied)}: add --replace to empty it and copy again");

        IReadOnlyList<TableCopyResult> results;
        try
        {
            results = copy.Run(plan, before, output.WriteLine);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or System.Data.Common.DbException)
        {
            Console.Error.WriteLine($"คัดลอกไม่สำเร็จ ตารางที่ค้างอยู่ถูกยกเลิก ให้รันใหม่ด้วย --replace / the copy failed (that table was rolled back; run again with --replace): {e.Message}");
            return ExitCodes.Rejected;
        }
        Write(results, output);
        var mismatched = results.Where(r => !r.Matches).Select(r => r.Table).ToList();
        if (mismatched.Count == 0)
        {
            output.WriteLine($"คัดลอกครบ {results.Count} ตาราง / all {results.Count} tables copied, row counts match");
            return ExitCodes.Ok;
        }
        Console.Error.WriteLine($"จำนวนแถวไม่ตรงกันในตาราง {string.Join(", ", mismatched)} / row counts differ in {string.Join(", ", mismatched)}");
        return ExitCodes.Rejected;
    }

    private static CopyTarget Inspect(SqlServerCopy copy, CopyPlan plan)
    {
        try
        {
            return copy.Inspect(plan);
        }
        catch (InvalidOperationException e)
        {
            throw new UsageException(e.Message);
        }
    }

    public static void Write(IReadOnlyList<TableCopyResult> results, TextWriter output)
    {
        var table = new TextTable("table", "source rows", "target rows", "result");
        foreach (var r in results) table.Add(r.Table, $"{r.SourceRows}", $"{r.TargetRows}", r.Matches ? "OK" : "MISMATCH");
        table.Write(output);
    }
}
