using System.Net;
using System.Net.Sockets;
using Dlict.Cli.Serve;
using Dlict.Cli.Serve.Mail;
using Dlict.Cli.Settings;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Dlict.Tests.Cli.Serve;

/// <summary>A warehouse with three schools (one submitted 2568/1), dlict.json pointing at a local SMTP port, short retries.</summary>
public sealed class ServeFixture : IDisposable
{
    public static readonly RetryPolicy QuickRetry = new([TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(20)]);

    public ServeFixture(int smtpPort, bool withData = true)
    {
        Port = smtpPort;
        if (withData)
        {
            W.LoadRegistry(("1041010001", "บ้านหนองบัว", "เพ็ญ"), ("1041010002", "บ้านโคกสูง", "สร้างคอม"), ("1041010003", "บ้านนาข่า", "เพ็ญ"));
            W.Drop("e 2568-1.csv", "school_code,grade,male,female\n1041010001,ป.1,10,11\n", arrivedAt: new DateTime(2025, 5, 20, 9, 0, 0));
            W.Ingest();
        }
        Config = new DlictConfig
        {
            Smtp = new SmtpConfig("127.0.0.1", smtpPort, "none", From: "dlict@example.org"),
            Recipients = new RecipientsConfig { DataOfficers = ["data@example.org", "data2@example.org"], Director = ["director@example.org"] },
            Delivery = new DeliveryConfig { Folder = Folder.Path },
        };
    }

    public TestWarehouse W { get; } = new();

    public TempDir Folder { get; } = new();

    public int Port { get; }

    public DlictConfig Config { get; set; }

    public DlictSettings Settings => new(W.DataDir, "sqlite", null, Config);

    public static IClock At(int year, int month, int day, int hour = 8) =>
        new FakeClock(Instant.FromDateTimeUtc(Dlict.Warehouse.BangkokTime.ToUtc(new DateTime(year, month, day, hour, 0, 0))));

    public ServeJobs Jobs(IClock clock, CompletenessAttachment? attachment = null, IMailer? mailer = null) =>
        Services(clock, attachment, mailer).GetRequiredService<ServeJobs>();

    /// <summary>The jobs' services as serve registers them, with this fixture's clock, mailer (no password), quick retries and attachment.</summary>
    public ServiceProvider Services(IClock clock, CompletenessAttachment? attachment = null, IMailer? mailer = null)
    {
        var services = new ServiceCollection()
            .AddSingleton(clock)
            .AddSingleton(QuickRetry)
            .AddSingleton(attachment ?? SmallWorkbook);
        if ((mailer ?? SmtpMailer.From(Config, _ => null)) is { } m) services.AddSingleton(m);
        var provider = services.AddServeJobs(Settings, W.Warehouse).BuildServiceProvider();
        _providers.Add(provider);
        return provider;
    }

    private readonly List<ServiceProvider> _providers = [];

    /// <summary>Stands in for the completeness workbook: a small real xlsx.</summary>
    public static string SmallWorkbook(string cycle, string path)
    {
        File.WriteAllBytes(path, XlsxFile.Build(s =>
        {
            s.Cells[1, 1].Value = "รอบ";
            s.Cells[1, 2].Value = cycle;
        }, "ความครบถ้วน"));
        return Path.GetFullPath(path);
    }

    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public List<dynamic> JobRuns() => W.Query<dynamic>("SELECT * FROM v_job_runs ORDER BY job_run_id");

    public void Dispose()
    {
        foreach (var provider in _providers) provider.Dispose();
        W.Dispose();
        Folder.Dispose();
    }
}
