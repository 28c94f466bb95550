using Dlict.Cli.Output;
using Dlict.Cli.Serve;
using Dlict.Cli.Settings;
using Dlict.Reports.Queries;
using Dlict.Warehouse;
using NodaTime;

namespace Dlict.Cli.Pull;

/// <summary>The <c>dlict status</c> lines about pulled sources: each source's schedule, next pull, last success and last failure.</summary>
public static class SourceStatus
{
    public static void Write(IWarehouse warehouse, DlictSettings settings, IClock clock, TextWriter output)
    {
        var config = settings.Config;
        if (config.Sources.Length == 0) return;
        var schedule = JobSchedule.From(config);
        Dictionary<string, SourceFetches> latest;
        using (var connection = warehouse.OpenReadOnly())
            latest = SourceFetchQuery.Latest(connection).ToDictionary(s => s.Source, StringComparer.OrdinalIgnoreCase);
        var utcNow = clock.GetCurrentInstant().ToDateTimeUtc();
        output.WriteLine("แหล่งข้อมูลที่ดึง / pulled sources (dlict pull):");
        var table = new TextTable("source", "from", "cron", "next pull", "last success", "last failure");
        foreach (var (cron, names) in PullJob.Groups(config, schedule))
        {
            foreach (var source in config.Sources.Where(s => names.Contains(s.Name)))
            {
                latest.TryGetValue(source.Name, out var fetches);
                var next = JobSchedule.NextDue(cron, utcNow);
                table.Add(source.Name, Where(source), cron, next is { } n ? Iso.DateTime(n) : "-", Success(fetches?.LastSuccess), Failure(fetches?.LastFailure));
            }
        }
        table.Write(output);
    }

    /// <summary>Where a source is, as it may be shown: a URL's query masked, the mailbox without a password.</summary>
    public static string Where(SourceConfig source) =>
        source.Url is { } url ? Http.MaskedUrl.Of(url)
        : source.Imap is { } imap ? $"imap {imap.User}@{imap.Host}:{imap.Port}/{imap.Folder}"
        : $"folder {source.Folder}";

    private static string Success(FetchRow? row) => row is null ? "-"
        : $"{Sql.QueryOutput.Text(row.StartedAt)} {row.Outcome}{(row.FileNames is null ? "" : $" ({row.FileNames})")}";

    private static string Failure(FetchRow? row) => row is null ? "-"
        : $"{Sql.QueryOutput.Text(row.StartedAt)} {(row.Message is { Length: > 70 } m ? m[..67] + "..." : row.Message)}";
}
