using Dlict.Warehouse;
using Microsoft.Extensions.Logging;

namespace Dlict.Cli.Serve;

/// <summary>Runs a job, records it in etl_job_run and logs one line; a job never brings the scheduler down.</summary>
/// <param name="stopping">Cancelled when the service stops: what a scheduled run checks between units of work.</param>
public sealed class JobRunner(JobRunLog runLog, ILogger logger, CancellationToken stopping = default)
{
    public CancellationToken Stopping => stopping;

    public JobResult Run(IServeJob job, CancellationToken cancellationToken)
    {
        long? id = null;
        JobResult result;
        try
        {
            id = runLog.Start(job.Name, "run");
            result = job.Run(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            result = new JobResult(Outcomes.Skipped, "หยุดเพราะบริการกำลังปิด / stopped: the service is shutting down");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            result = new JobResult(Outcomes.Failed, $"{e.GetType().Name}: {e.Message}");
        }
        try
        {
            if (id is { } started) runLog.Finish(started, result.Outcome, result.Message, filePath: result.FilePath);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or WarehouseUnavailableException)
        {
            logger.LogError("job {Job}: could not record the run: {Error}", job.Name, e.Message);
        }
        var level = result.Failed ? LogLevel.Error : LogLevel.Information;
        logger.Log(level, "job {Job}: {Outcome} {Message}", job.Name, result.Outcome, result.Message ?? "");
        return result;
    }
}
