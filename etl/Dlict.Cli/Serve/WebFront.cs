using Dlict.Cli.Serve.Mail;
using Dlict.Cli.Settings;
using Dlict.Portal;
using Dlict.Portal.Admin;
using Dlict.Portal.Links;
using Dlict.Portal.Uploads;
using Dlict.Reports.Queries;
using Dlict.Warehouse;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Dlict.Cli.Serve;

/// <summary>
/// The web front of `dlict serve` (portal.md) from the resolved settings: the address, dlict.json's <c>web.*</c>,
/// <c>DLICT_ADMIN_PASSWORD</c> and <c>DLICT_CERT_PASSWORD</c> from the environment, the serve log, and "send reminders now".
/// </summary>
public static class WebFront
{
    public static WebApplication Build(DlictSettings settings, IWarehouse warehouse, IReadOnlyList<string> urls, bool standalone,
        Func<string, string?>? environment = null, IClock? clock = null, IMailer? mailer = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        warehouse = warehouse.Pooled(); // let go of in PortalApp when the host stops
        var web = settings.Config.Web;
        var ingest = settings.IngestOptions("web") with { Clock = clock ?? SystemClock.Instance };
        var options = new PortalOptions
        {
            Warehouse = warehouse,
            Ingest = ingest,
            Urls = urls,
            CertificatePath = web.Certificate is { } cert ? Path.GetFullPath(cert, settings.DataDir.Root) : null,
            CertificatePassword = environment("DLICT_CERT_PASSWORD"),
            MaxUploadBytes = Math.Max(1, web.MaxUploadMb) * 1024L * 1024,
            AdminPassword = environment("DLICT_ADMIN_PASSWORD"),
            OfficeName = settings.Config.Office.Name,
            Logging = l =>
            {
                l.AddProvider(new WriterLog(Console.Out, SystemClock.Instance));
                l.AddProvider(new FileLog(Path.Combine(settings.DataDir.Root, "logs")));
                l.SetMinimumLevel(LogLevel.Information);
            },
            Services = standalone ? s => s.AddSystemd().AddWindowsService(o => o.ServiceName = "dlict") : null,
            SendReminders = (request, cancellationToken) => SendReminders(settings, warehouse, request, clock ?? SystemClock.Instance, mailer, cancellationToken),
        };
        return PortalApp.Build(options, new UploadDoor(warehouse, ingest));
    }

    /// <summary>
    /// "Send reminders now" (docs/decisions.md): only hashes of links are kept, so each missing school gets a fresh link
    /// (its old one stops working) and the data officers receive the list with those links to forward.
    /// </summary>
    public static string SendReminders(DlictSettings settings, IWarehouse warehouse, ReminderRequest request, IClock clock, IMailer? mailer, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection();
        if (mailer is not null) services.AddSingleton(mailer);
        services.AddSingleton(clock);
        using var provider = services.AddServeJobs(settings, warehouse).BuildServiceProvider();
        var officers = settings.Config.Recipients.DataOfficers;
        if (officers.Length == 0) return "ไม่มีผู้รับ ตั้ง recipients.dataOfficers ใน dlict.json / no recipient: set recipients.dataOfficers in dlict.json";
        var deadline = settings.Calendar.Deadline(request.Cycle);
        var submissions = CycleSubmissions.Read(warehouse, request.Cycle, settings.Calendar);
        if (submissions.Missing.Count == 0) return $"รอบ {request.Cycle} ส่งครบแล้ว ไม่ต้องเตือน / {request.Cycle}: nothing missing";
        var links = new LinkIssuer(warehouse).Issue(request.BaseUrl, [.. submissions.Missing.Select(m => m.SchoolCode)], reissue: true, BangkokTime.Now(clock));
        var daysLeft = deadline.DayNumber - BangkokTime.Today(clock).DayNumber;
        var body = ReminderMessage.Body(OfficeName.Of(warehouse, settings.Config.Office.Name), request.Cycle, deadline, daysLeft, submissions, null)
            + ReminderMessage.Links(links);
        var mail = new OutgoingMail(officers, ReminderMessage.Subject(request.Cycle, deadline, daysLeft, submissions.Missing.Count), body, []);
        var error = provider.GetRequiredService<Delivery>().Email(JobNames.Reminders, mail, cancellationToken);
        return error ?? $"ส่งการเตือนแล้ว {submissions.Missing.Count} โรงเรียน ถึง {string.Join(", ", officers)} / reminded {submissions.Missing.Count} missing school(s)";
    }
}
