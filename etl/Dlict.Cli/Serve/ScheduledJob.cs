using Coravel.Invocable;

namespace Dlict.Cli.Serve;

/// <summary>
/// A job of <c>dlict serve</c> as Coravel sees it: resolved from dependency injection for each run, which
/// <see cref="JobRunner"/> records in etl_job_run and stops when the service stops. <c>serve --once</c> runs the same
/// object through the same runner.
/// </summary>
public abstract class ScheduledJob(JobRunner runner) : IServeJob, IInvocable
{
    public abstract string Name { get; }

    public abstract JobResult Run(CancellationToken cancellationToken);

    public Task Invoke()
    {
        runner.Run(this, runner.Stopping);
        return Task.CompletedTask;
    }
}
