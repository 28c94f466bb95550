using Dlict.Cli.Serve.Mail;
using Dlict.Cli.Serve.Queries;
using Dlict.Cli.Settings;
using Dlict.Etl.Cycles;
using Dlict.Etl.Loading;
using Dlict.Reports.Completeness;
using Dlict.Warehouse;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;

namespace Dlict.Cli.Serve;

/// <summary>
/// What the jobs of <c>dlict serve</c> are made of, registered for dependency injection. The clock, the mailer, the
/// retry policy and the reminder's attachment are registered only if the host has not registered its own first
/// (a test's fake clock, a recording mailer). A host that adds a job registers its class next to these and adds one
/// line to <see cref="ServeSchedule"/>.
/// </summary>
public static class ServeServices
{
    public const string LogCategory = "dlict.serve";

    public static IServiceCollection AddServeJobs(this IServiceCollection services, DlictSettings settings, IWarehouse warehouse)
    {
        var config = settings.Config;
        services.TryAddSingleton(settings);
        services.TryAddSingleton(warehouse);
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.TryAddSingleton(RetryPolicy.Production);
        services.TryAddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        if (SmtpMailer.From(config) is { } smtp) services.TryAddSingleton<IMailer>(smtp);
        services.TryAddSingleton<CompletenessAttachment>(s => (cycle, path) =>
            CompletenessWorkbook.Write(warehouse, new CompletenessRequest(cycle, path, config.Office.Name, BangkokTime.Now(s.GetRequiredService<IClock>()))));

        services.AddSingleton(JobSchedule.From(config));
        services.AddSingleton(settings.Calendar);
        services.AddSingleton(s => new JobRunLog(warehouse, s.GetRequiredService<IClock>()));
        services.AddSingleton(s => new Delivery(s.GetService<IMailer>(), s.GetRequiredService<RetryPolicy>(), s.GetRequiredService<JobRunLog>(),
            s.GetRequiredService<IClock>(), Log(s)));
        services.AddSingleton(s => new JobRunner(s.GetRequiredService<JobRunLog>(), Log(s),
            s.GetService<IHostApplicationLifetime>()?.ApplicationStopping ?? CancellationToken.None));
        services.AddSingleton(s => settings.IngestOptions("serve") with { Clock = s.GetRequiredService<IClock>() });
        services.AddSingleton(new ReminderSettings(config.Office.Name, config.Recipients.DataOfficers, config.ReminderDaysBefore, settings.Calendar, settings.DataDir.Out));
        services.AddSingleton(new ReportSettings(config.Office.Name, config.Recipients.Director, config.Delivery.Folder, settings.Calendar, settings.DataDir.Out));

        services.AddTransient<IngestJob>();
        services.AddTransient<ReminderJob>();
        services.AddTransient<ReportJob>();
        services.AddTransient<ReportAfterDeadlineJob>();
        services.AddTransient(s => ActivatorUtilities.CreateInstance<PullJob>(s)); // all sources; the scheduler passes a group's names
        services.AddSingleton<ServeJobs>();
        return services;
    }

    private static ILogger Log(IServiceProvider services) => services.GetRequiredService<ILoggerFactory>().CreateLogger(LogCategory);
}
