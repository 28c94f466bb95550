using Coravel;
using Dlict.Cli.Settings;
using Dlict.Warehouse;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Dlict.Cli.Serve;

/// <summary>
/// The generic host of <c>dlict serve</c>: Coravel's scheduler, console + file logging, and the systemd /
/// Windows service integration (both no-ops when run from a terminal). Stops on Ctrl+C, SIGTERM or service stop.
/// </summary>
public static class ServeHost
{
    public static IHost Build(DlictSettings settings, IWarehouse warehouse)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = settings.DataDir.Root });
        builder.Logging.AddProvider(new WriterLog(Console.Out, SystemClock.Instance)); // Bangkok time, like the log file
        builder.Logging.AddProvider(new FileLog(Path.Combine(settings.DataDir.Root, "logs")));
        builder.Logging.SetMinimumLevel(LogLevel.Information);
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning).AddFilter("Coravel", LogLevel.Warning);
        builder.Services.AddSystemd();
        builder.Services.AddWindowsService(o => o.ServiceName = "dlict");
        // A running ingest finishes its file (or stops between files); give it time before the host gives up.
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromMinutes(5));
        builder.Services.AddServeJobs(settings, warehouse);
        builder.Services.AddScheduler();
        var host = builder.Build();

        var services = host.Services;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(ServeServices.LogCategory);
        var lifetime = services.GetRequiredService<IHostApplicationLifetime>();
        var timetable = services.GetRequiredService<JobSchedule>();
        services.UseScheduler(s => ServeSchedule.Register(s, timetable, settings.Calendar, services.GetRequiredService<IClock>(), settings.Config))
            .OnError(e => logger.LogError(e, "scheduler error"));
        lifetime.ApplicationStarted.Register(() => logger.LogInformation("dlict serve started on {Data}; {Schedule}", settings.DataDir.Root, Describe(timetable)));
        lifetime.ApplicationStopping.Register(() => logger.LogInformation("dlict serve stopping: waiting for running jobs"));
        return host;
    }

    public static string Describe(JobSchedule schedule) =>
        string.Join(", ", JobNames.All.Select(j => $"{j} '{schedule[j]}'")) + " (Asia/Bangkok)";
}
