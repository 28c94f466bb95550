using Dapper;
using Dlict.Warehouse;
using NodaTime;

namespace Dlict.Cli.Serve.Queries;

/// <summary>etl_job_run: one row per job run (step <c>run</c>) and per delivery (<c>email</c>, <c>folder</c>).</summary>
public sealed class JobRunLog(IWarehouse warehouse, IClock clock)
{
    public long Start(string job, string step, string? recipients = null, string? filePath = null)
    {
        using var connection = warehouse.Open();
        return connection.ExecuteScalar<long>(
            warehouse.Dialect.InsertReturningId("etl_job_run", "job_run_id",
                "job, step, started_at, outcome, recipients, file_path, attempt",
                "@job, @step, @startedAt, @outcome, @recipients, @filePath, 1"),
            new { job, step, startedAt = Iso.DateTime(BangkokTime.Now(clock)), outcome = Outcomes.Running, recipients, filePath });
    }

    public void Finish(long id, string outcome, string? message, int attempt = 1, string? filePath = null)
    {
        using var connection = warehouse.Open();
        connection.Execute(
            """
            UPDATE etl_job_run SET finished_at = @finishedAt, outcome = @outcome, message = @message, attempt = @attempt,
                   file_path = COALESCE(@filePath, file_path)
            WHERE job_run_id = @id
            """,
            new { id, finishedAt = Iso.DateTime(BangkokTime.Now(clock)), outcome, message = Clip(message), attempt, filePath });
    }

    /// <summary>A whole delivery in one go (when it is over): recorded even if it failed.</summary>
    public void Record(string job, string step, string outcome, string? recipients, string? filePath, string? message, int attempt, DateTime startedAt)
    {
        using var connection = warehouse.Open();
        connection.Execute(
            """
            INSERT INTO etl_job_run (job, step, started_at, finished_at, outcome, recipients, file_path, message, attempt)
            VALUES (@job, @step, @startedAt, @finishedAt, @outcome, @recipients, @filePath, @message, @attempt)
            """,
            new
            {
                job,
                step,
                startedAt = Iso.DateTime(startedAt),
                finishedAt = Iso.DateTime(BangkokTime.Now(clock)),
                outcome,
                recipients,
                filePath,
                message = Clip(message),
                attempt,
            });
    }

    private static string? Clip(string? message) => message is { Length: > 4000 } ? message[..4000] : message;
}
