using System.CommandLine;
using Dlict.Cli.Serve;
using Dlict.Cli.Serve.Mail;
using Dlict.Cli.Settings;
using Dlict.Warehouse;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Dlict.Cli.Verbs;

/// <summary>`dlict serve [--once ingest|reminders|report]`: the scheduler, or one job now.</summary>
public static class ServeVerb
{
    private static readonly Option<string?> Once = new("--once")
    {
        Description = "ทำงานนี้ครั้งเดียวตอนนี้แล้วจบ (exit 1 ถ้าล้มเหลว) / run this job once now and exit (exit 1 if it failed)",
        HelpName = "ingest|reminders|report|pull",
    };

    static ServeVerb() => Once.AcceptOnlyFromAmong([.. JobNames.All]);

    public static Command Build()
    {
        var command = new Command("serve",
            """
            ตัวตั้งเวลา: นำเข้า inbox ทุก 5 นาที, เตือนเจ้าหน้าที่ก่อนกำหนดส่ง, ส่งรายงานผู้บริหารทางอีเมลและโฟลเดอร์ (ตั้งค่าใน dlict.json, เวลาไทย)
            the scheduler: ingest the inbox, remind the data officers before each deadline, deliver the management workbook
            by e-mail and to a folder (dlict.json, Asia/Bangkok time). Stops cleanly on Ctrl+C, SIGTERM or service stop.

            ตัวอย่าง / examples:
              dlict serve
              dlict serve --once report
            """);
        command.Options.Add(Once);
        VerbAction.Set(command, (parse, settings) => parse.GetValue(Once) is { } job ? RunOnce(settings, job, Console.Out) : Serve(settings));
        return command;
    }

    public static int Serve(DlictSettings settings)
    {
        var warehouse = Prepare(settings);
        using var host = ServeHost.Build(settings, warehouse);
        host.Run();
        return ExitCodes.Ok;
    }

    public static int RunOnce(DlictSettings settings, string job, TextWriter output, IMailer? mailer = null, RetryPolicy? retry = null,
        IClock? clock = null, Func<string, string, string>? attachment = null)
    {
        var warehouse = Prepare(settings);
        using var logging = LoggerFactory.Create(b => b.AddProvider(new WriterLog(output)));
        var jobs = new ServeJobs(settings, warehouse, clock ?? SystemClock.Instance, mailer ?? SmtpMailer.From(settings.Config),
            retry ?? RetryPolicy.Production, logging.CreateLogger("dlict.serve"), attachment);
        var result = jobs.Run(jobs.Named(job), CancellationToken.None);
        output.WriteLine($"{job}: {result.Outcome}{(result.Message is null ? "" : " — " + result.Message)}");
        return result.Failed ? ExitCodes.Rejected : ExitCodes.Ok;
    }

    private static IWarehouse Prepare(DlictSettings settings)
    {
        JobSchedule.From(settings.Config);
        Pull.SourceList.Build(settings.Config, Environment.GetEnvironmentVariable, SystemClock.Instance);
        if (settings.Config.Smtp is { } smtp) SmtpMailer.Validate(smtp);
        var warehouse = WarehouseFactory.Create(settings);
        settings.DataDir.Create();
        var migrated = warehouse.Migrate(dryRun: false);
        if (!migrated.Successful) throw new WarehouseUnavailableException($"migration failed: {migrated.Error}");
        return warehouse;
    }
}
