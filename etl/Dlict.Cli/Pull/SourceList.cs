using System.Text.RegularExpressions;
using Dlict.Cli.Pull.Http;
using Dlict.Cli.Serve;
using Dlict.Cli.Serve.Mail;
using Dlict.Cli.Settings;
using Dlict.Etl.Cycles;
using Dlict.Etl.Doors;
using Dlict.Etl.Loading;
using Dlict.Warehouse;
using NodaTime;

namespace Dlict.Cli.Pull;

/// <summary>
/// The <c>sources</c> of dlict.json checked and built (a wrong entry is a configuration error, exit 2, before anything
/// is fetched). Secrets come from the environment: <c>DLICT_SOURCE_&lt;NAME&gt;_TOKEN</c> and <c>_PASSWORD</c>.
/// </summary>
public static partial class SourceList
{
    public static IReadOnlyList<PullSource> Build(DlictConfig config, Func<string, string?> environment, IClock clock, string? only = null)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var sources = new List<PullSource>();
        foreach (var source in config.Sources)
        {
            Check(source, seen);
            if (only is null || string.Equals(only, source.Name, StringComparison.OrdinalIgnoreCase))
                sources.Add(Create(source, config, environment, clock));
        }
        if (only is not null && sources.Count == 0)
            throw new UsageException($"ไม่มีแหล่งข้อมูลชื่อ '{only}' ใน sources ของ dlict.json / no source named '{only}' in dlict.json sources" +
                (config.Sources.Length > 0 ? $" (configured: {string.Join(", ", config.Sources.Select(s => s.Name))})" : ""));
        return sources;
    }

    /// <summary><c>DLICT_SOURCE_&lt;NAME&gt;_&lt;WHAT&gt;</c>: the name upper-cased, <c>-</c> → <c>_</c>.</summary>
    public static string SecretVariable(string name, string what) => $"DLICT_SOURCE_{name.ToUpperInvariant().Replace('-', '_')}_{what}";

    private static PullSource Create(SourceConfig source, DlictConfig config, Func<string, string?> environment, IClock clock)
    {
        var cycle = CycleOf(source);
        if (source.Url is { } url)
            return new HttpPullSource(source.Name, new Uri(url), environment(SecretVariable(source.Name, "TOKEN")), HttpLimits.From(config), clock, source.Kind, cycle);
        if (source.Folder is { } folder)
            return new Folder.FolderPullSource(source.Name, folder, clock, source.Kind, cycle);
        var imap = source.Imap!;
        if (SmtpMailer.Security(imap.Security) == MailKit.Security.SecureSocketOptions.None && !SmtpMailer.IsLoopback(imap.Host))
            throw Wrong(source.Name, "imap.security none ส่งรหัสผ่านแบบไม่เข้ารหัส ใช้ ssl หรือ starttls / imap.security none sends the password in clear text: use ssl or starttls");
        var password = environment(SecretVariable(source.Name, "PASSWORD")) ?? environment("DLICT_IMAP_PASSWORD");
        return new Imap.ImapPullSource(source.Name, imap, password, HttpLimits.BytesOf(config.Web), clock, source.Kind, cycle);
    }

    private static void Check(SourceConfig source, HashSet<string> seen)
    {
        if (!SafeName().IsMatch(source.Name ?? ""))
            throw Wrong(source.Name, "ชื่อต้องเป็นอักษรอังกฤษ ตัวเลข - หรือ _ (เป็นชื่อโฟลเดอร์และตัวแปรสภาพแวดล้อม) / the name must be ASCII letters, digits, - or _ (it names a folder and an environment variable)");
        if (!seen.Add(source.Name!)) throw Wrong(source.Name, "ชื่อซ้ำ / the name is used twice");
        var kinds = new[] { source.Url, source.Folder, source.Imap?.Host }.Count(v => v is not null);
        if (kinds != 1)
            throw Wrong(source.Name, "ต้องมี url, imap หรือ folder อย่างใดอย่างหนึ่ง / give exactly one of url, imap or folder");
        if (source.Url is { } url && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
            throw Wrong(source.Name, $"url ไม่ใช่ที่อยู่ http(s) / url is not an http(s) address: {MaskedUrl.Of(url)}");
        if (source.Kind is { } kind && Ingestor.Loaders.All(l => l.Schema.Name != kind))
            throw Wrong(source.Name, $"ไม่รู้จักประเภทข้อมูล / unknown kind '{kind}': {string.Join(", ", Ingestor.Loaders.Select(l => l.Schema.Name))}");
        CycleOf(source);
        JobSchedule.Parse($"pull {source.Name}", source.Schedule ?? SourceConfig.DefaultSchedule);
    }

    private static Cycle? CycleOf(SourceConfig source)
    {
        if (source.Cycle is null) return null;
        return Cycle.TryParse(source.Cycle, out var cycle) ? cycle : throw Wrong(source.Name, $"รอบข้อมูล '{source.Cycle}' ไม่ถูกต้อง (เช่น 2568/1) / cycle '{source.Cycle}' is not like 2568/1");
    }

    private static UsageException Wrong(string? name, string why) =>
        new($"แหล่งข้อมูล / source '{name}' (dlict.json sources): {why}");

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")]
    private static partial Regex SafeName();
}
