using System.CommandLine;
using Dlict.Cli.Settings;

namespace Dlict.Cli.Verbs;

/// <summary>`dlict migrate [--dry-run]`: brings the schema to the newest version.</summary>
public static class MigrateVerb
{
    private static readonly Option<bool> DryRun = new("--dry-run") { Description = "แสดงสคริปต์ที่ยังไม่ได้รัน ไม่เปลี่ยนอะไร / list pending scripts, change nothing" };

    public static Command Build()
    {
        var command = new Command("migrate", "ปรับโครงสร้างคลังข้อมูลเป็นรุ่นล่าสุด (DbUp, หนึ่งธุรกรรมต่อสคริปต์) / bring the schema to the newest version\n\nตัวอย่าง / example: dlict migrate --dry-run");
        command.Options.Add(DryRun);
        VerbAction.Set(command, (parse, settings) => Run(settings, parse.GetValue(DryRun), Console.Out));
        return command;
    }

    public static int Run(DlictSettings settings, bool dryRun, TextWriter output)
    {
        var warehouse = WarehouseFactory.Create(settings);
        settings.DataDir.Create();
        var result = warehouse.Migrate(dryRun);
        if (!result.Successful)
        {
            Console.Error.WriteLine($"การปรับโครงสร้างล้มเหลว ไม่มีการเปลี่ยนแปลงในสคริปต์ที่ผิดพลาด / migration failed (that script was rolled back): {result.Error}");
            return ExitCodes.Unreachable;
        }
        var verb = dryRun ? "pending" : "applied";
        foreach (var script in result.Scripts) output.WriteLine($"{verb}: {script}");
        output.WriteLine(result.Scripts.Count == 0
            ? $"โครงสร้างเป็นรุ่นล่าสุดแล้ว / schema is up to date ({warehouse.Describe()})"
            : $"{result.Scripts.Count} script(s) {verb} ({warehouse.Describe()})");
        return ExitCodes.Ok;
    }
}
