using Dlict.Cli.Pull;
using Dlict.Cli.Settings;
using Dlict.Warehouse;
using NodaTime;

namespace Dlict.Cli.Serve;

/// <summary>
/// The scheduled pull of some sources (those sharing one schedule), or of all of them (<c>serve --once pull</c>). A
/// source that fails makes the run <c>failed</c> in the job log with its reason; the others are pulled all the same,
/// and it is tried again at its next scheduled time. Coravel makes one per schedule group (<c>ScheduleWithParams</c> with the
/// group's source names); dependency injection makes the one of all sources.
/// </summary>
public sealed class PullJob(DlictSettings settings, IWarehouse warehouse, IClock clock, JobRunner runner, IReadOnlyList<string>? names = null)
    : ScheduledJob(runner)
{
    public override string Name => JobNames.Pull;

    public override JobResult Run(CancellationToken cancellationToken)
    {
        var sources = SourceList.Build(settings.Config, Environment.GetEnvironmentVariable, clock).Where(s => names is null || names.Contains(s.Name)).ToList();
        if (sources.Count == 0) return new JobResult(Outcomes.Succeeded, "ไม่มีแหล่งข้อมูลใน dlict.json / no sources in dlict.json");
        var results = new PullRun(warehouse, settings.IngestOptions("serve pull") with { Clock = clock }, clock).Run(sources, cancellationToken);
        var message = string.Join("\n", results.Select(r => r.Line() + (r.Ingest is { } i
            ? $"; ingest run {i.RunId}: {i.Totals.Loaded} loaded, {i.Totals.Skipped} skipped, {i.Totals.Rejected} rejected"
            : r.IngestNote is { } note ? $"; {note}" : "")));
        return new JobResult(results.Any(r => r.Failed) ? Outcomes.Failed : Outcomes.Succeeded, message);
    }

    /// <summary>The configured sources grouped by their schedule (their own, else <c>schedules.pull</c>): one scheduled run per group.</summary>
    public static IEnumerable<(string Cron, IReadOnlyList<string> Names)> Groups(DlictConfig config, JobSchedule schedule) =>
        config.Sources.GroupBy(s => string.IsNullOrWhiteSpace(s.Schedule) ? schedule[JobNames.Pull] : s.Schedule.Trim())
            .Select(g => (g.Key, (IReadOnlyList<string>)[.. g.Select(s => s.Name)]));
}
