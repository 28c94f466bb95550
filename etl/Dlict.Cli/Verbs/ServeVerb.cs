using System.CommandLine;
using Dlict.Cli.Serve;
using Dlict.Cli.Serve.Mail;
using Dlict.Cli.Settings;
using Dlict.Warehouse;
using Microsoft.Extensions.DependencyInjection;
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

    private static readonly Option<string?> Urls = new("--urls")
    {
        Description = "ที่อยู่ของหน้าเว็บ (ค่าเริ่มต้น DLICT_URLS, web.urls, http://127.0.0.1:5080) / where the web front listens",
        HelpName = "http://0.0.0.0:5080",
    };

    private static readonly Option<bool> NoJobs = new("--no-jobs") { Description = "เปิดเฉพาะหน้าเว็บ ไม่ทำงานตามเวลา / serve the web front without the scheduled jobs" };

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
              dlict serve --urls http://0.0.0.0:5080          (หน้าเว็บของโรงเรียนและเจ้าหน้าที่ / the web front, docs/web.md)
              dlict serve --no-jobs
            """);
        command.Options.Add(Once);
        command.Options.Add(Urls);
        command.Options.Add(NoJobs);
        VerbAction.Set(command, (parse, settings) => parse.GetValue(Once) is { } job
            ? RunOnce(settings, job, Console.Out)
            : Serve(settings, WebSettings.Urls(parse.GetValue(Urls), settings), parse.GetValue(NoJobs)));
        return command;
    }

    /// <summary>The web front on <paramref name="urls"/> and, unless <paramref name="noJobs"/>, the scheduled jobs beside it in this process.</summary>
    public static int Serve(DlictSettings settings, IReadOnlyList<string> urls, bool noJobs)
    {
        var warehouse = Prepare(settings);
        using var web = WebFront.Build(settings, warehouse, urls, standalone: noJobs);
        if (noJobs)
        {
            web.Run();
            return ExitCodes.Ok;
        }
        using var host = ServeHost.Build(settings, warehouse);
        Task.WaitAll(host.RunAsync(), web.RunAsync());
        return ExitCodes.Ok;
    }

    public static int RunOnce(DlictSettings settings, string job, TextWriter output, IMailer? mailer = null, RetryPolicy? retry = null,
        IClock? clock = null, Func<string, string, string>? attachment = null)
    {
        var warehouse = Prepare(settings);
        var services = new ServiceCollection().AddLogging(b => b.AddProvider(new WriterLog(output)));
        if (mailer is not null) services.AddSingleton(mailer);
        if (retry is not null) services.AddSingleton(retry);
        if (clock is not null) services.AddSingleton(clock);
        if (attachment is not null) services.AddSingleton(new CompletenessAttachment(attachment));
        using var provider = services.AddServeJobs(settings, warehouse).BuildServiceProvider();
        var jobs = provider.GetRequiredService<ServeJobs>();
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
        warehouse.MigrateOrThrow();
        _ = settings.HashKey(); // a refused key stops serve now (exit 2), not at its first ingest
        return warehouse;
    }
}
