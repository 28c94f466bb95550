using System.Data.Common;
using Dapper;
using Dlict.Warehouse;

namespace Dlict.Etl.Loading;

/// <summary>The lineage tables: one etl_run per ingest, one etl_file per file seen (loaded or rejected).</summary>
public sealed class Lineage(IWarehouse warehouse)
{
    public long StartRun(DateTime startedAt, string command)
    {
        using var connection = warehouse.Open();
        return connection.ExecuteScalar<long>(
            warehouse.Dialect.InsertReturningId("etl_run", "run_id", "started_at, status, command", "@startedAt, 'running', @command"),
            new { startedAt = Iso.DateTime(startedAt), command });
    }

    /// <summary>A run row inside <paramref name="tx"/>: a check's, rolled back with everything else it did.</summary>
    public static long InsertRun(IWarehouse warehouse, DbTransaction tx, DateTime startedAt, string command) =>
        tx.Connection!.ExecuteScalar<long>(
            warehouse.Dialect.InsertReturningId("etl_run", "run_id", "started_at, status, command", "@startedAt, 'running', @command"),
            new { startedAt = Iso.DateTime(startedAt), command }, tx);

    public void FinishRun(long runId, DateTime finishedAt, IngestTotals totals)
    {
        using var connection = warehouse.Open();
        connection.Execute(
            """
            UPDATE etl_run SET finished_at = @finishedAt, status = @status, files_seen = @Seen, files_loaded = @Loaded,
                   files_skipped = @Skipped, files_rejected = @Rejected, rows_loaded = @RowsLoaded, rows_rejected = @RowsRejected
            WHERE run_id = @runId
            """,
            new
            {
                runId,
                finishedAt = Iso.DateTime(finishedAt),
                status = totals.Rejected > 0 ? "completed_with_rejects" : "succeeded",
                totals.Seen,
                totals.Loaded,
                totals.Skipped,
                totals.Rejected,
                totals.RowsLoaded,
                totals.RowsRejected,
            });
    }

    /// <summary>Marks a run the warehouse broke off as <c>failed</c>, if the warehouse still answers; never throws over the first error.</summary>
    public void TryFail(long runId, DateTime finishedAt, IngestTotals totals)
    {
        try
        {
            using var connection = warehouse.Open();
            connection.Execute(
                "UPDATE etl_run SET finished_at = @finishedAt, status = 'failed', files_seen = @Seen, files_loaded = @Loaded, files_skipped = @Skipped, files_rejected = @Rejected WHERE run_id = @runId",
                new { runId, finishedAt = Iso.DateTime(finishedAt), totals.Seen, totals.Loaded, totals.Skipped, totals.Rejected });
        }
        catch (Exception e) when (e is DbException or WarehouseUnavailableException or InvalidOperationException)
        {
            // the warehouse is gone: the run stays 'running' there, and the caller reports the first error
        }
    }

    public bool IsLoaded(string sha256)
    {
        using var connection = warehouse.Open();
        using var tx = connection.BeginTransaction();
        return IsLoadedBefore(tx, sha256, fileId: 0);
    }

    /// <summary>Whether a file other than <paramref name="fileId"/> (the one being loaded) with this hash was loaded.</summary>
    public static bool IsLoadedBefore(DbTransaction tx, string sha256, long fileId) =>
        tx.Connection!.ExecuteScalar<long>(
            "SELECT COUNT(*) FROM etl_file WHERE sha256 = @sha256 AND status = 'loaded' AND file_id <> @fileId", new { sha256, fileId }, tx) > 0;

    /// <summary>Whether a file of exactly this size was loaded before: a new file of that size may be one sent again.</summary>
    public bool HasLoadedSize(long size)
    {
        using var connection = warehouse.Open();
        return connection.ExecuteScalar<long>("SELECT COUNT(*) FROM etl_file WHERE size_bytes = @size AND status = 'loaded'", new { size }) > 0;
    }

    public static long InsertFile(IWarehouse warehouse, DbTransaction tx, long runId, IncomingFile file, string status, DateTime loadedAt, string? message = null) =>
        tx.Connection!.ExecuteScalar<long>(
            warehouse.Dialect.InsertReturningId("etl_file", "file_id",
                "run_id, sha256, file_name, size_bytes, status, received_at, loaded_at, message",
                "@runId, @Sha256, @Name, @Size, @status, @receivedAt, @loadedAt, @message"),
            new { runId, file.Sha256, file.Name, file.Size, status, receivedAt = Iso.DateTime(file.ReceivedAt), loadedAt = Iso.DateTime(loadedAt), message },
            tx);

    /// <summary>The file's figures once loaded, and its hash (a file hashed while it was read has it only now).</summary>
    public static void CompleteFile(DbTransaction tx, long fileId, string sha256, FileOutcome outcome) =>
        tx.Connection!.Execute(
            """
            UPDATE etl_file SET sha256 = @sha256, kind = @Kind, cycle = @Cycle, rows_loaded = @RowsLoaded, rows_rejected = @RowsRejected
            WHERE file_id = @fileId
            """,
            new { fileId, sha256, outcome.Kind, outcome.Cycle, outcome.RowsLoaded, outcome.RowsRejected }, tx);
}
