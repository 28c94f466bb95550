namespace Dlict.Cli.Serve;

/// <summary>The jobs of <c>dlict serve</c>: the keys of <c>schedules</c> in dlict.json and the values of <c>--once</c>.</summary>
public static class JobNames
{
    public const string Ingest = "ingest";
    public const string Reminders = "reminders";
    public const string Report = "report";
    public const string Pull = "pull";

    public static readonly IReadOnlyList<string> All = [Ingest, Reminders, Report, Pull];
}

/// <summary>How a job run or a delivery ended (the <c>outcome</c> of v_job_runs).</summary>
public static class Outcomes
{
    public const string Running = "running";
    public const string Succeeded = "succeeded";
    public const string Skipped = "skipped";
    public const string Failed = "failed";
}

/// <summary>What a job reports back: its outcome and a bilingual message.</summary>
public sealed record JobResult(string Outcome, string? Message = null, string? FilePath = null)
{
    public bool Failed => Outcome == Outcomes.Failed;
}

/// <summary>One scheduled job; checks <paramref name="cancellationToken"/> between units of work.</summary>
public interface IServeJob
{
    string Name { get; }

    JobResult Run(CancellationToken cancellationToken);
}
