using Dapper;
using Dlict.Warehouse;

namespace Dlict.Cli.Pull.Queries;

/// <summary>etl_fetch and etl_fetch_file: the record of every fetch, and what the next fetch of a source starts from.</summary>
public sealed class FetchLog(IWarehouse warehouse)
{
    public long Record(PullSource source, DateTime startedAt, DateTime finishedAt, Fetch fetch)
    {
        using var connection = warehouse.Open();
        using var transaction = connection.BeginTransaction();
        var id = connection.ExecuteScalar<long>(
            warehouse.Dialect.InsertReturningId("etl_fetch", "fetch_id",
                "source, source_type, location, started_at, finished_at, outcome, http_status, message_count, bytes, file_names, message, etag, last_modified",
                "@source, @type, @location, @startedAt, @finishedAt, @outcome, @httpStatus, @messageCount, @bytes, @fileNames, @message, @etag, @lastModified"),
            new
            {
                source = source.Name,
                type = source.Type,
                location = source.Location,
                startedAt = Iso.DateTime(startedAt),
                finishedAt = Iso.DateTime(finishedAt),
                outcome = fetch.Outcome,
                httpStatus = fetch.HttpStatus,
                messageCount = fetch.MessageCount,
                bytes = fetch.Bytes,
                fileNames = fetch.Files.Count == 0 ? null : string.Join("; ", fetch.Files.Select(f => f.Name)),
                message = fetch.Message is { Length: > 4000 } m ? m[..4000] : fetch.Message,
                etag = fetch.ETag,
                lastModified = fetch.LastModified,
            }, transaction);
        var files = fetch.Files.Select(f => (File: f, Copied: true)).Concat(fetch.Unchanged.Select(f => (File: f, Copied: false)));
        foreach (var (file, copied) in files)
            connection.Execute(
                """
                INSERT INTO etl_fetch_file (fetch_id, file_name, origin, size, sha256, arrived_at, sender, copied)
                VALUES (@id, @name, @origin, @size, @sha256, @arrivedAt, @sender, @copied)
                """,
                new { id, name = file.Name, origin = file.Origin, size = file.Size, sha256 = file.Sha256, arrivedAt = Iso.DateTime(file.ArrivedAt), sender = file.Sender, copied }, transaction);
        transaction.Commit();
        return id;
    }

    /// <summary>The validators of the source's last successful fetch (new or not modified), for the conditional GET.</summary>
    public (string? ETag, string? LastModified) Validators(string source)
    {
        using var connection = warehouse.OpenReadOnly();
        var row = connection.QueryFirstOrDefault<(string?, string?)>(
            warehouse.Dialect.Limit("SELECT etag, last_modified FROM etl_fetch WHERE source = @source AND outcome <> 'failed' ORDER BY fetch_id DESC", 1),
            new { source });
        return row;
    }

    /// <summary>The hash of the last file the source brought into the inbox, if any.</summary>
    public string? LastCopiedHash(string source)
    {
        using var connection = warehouse.OpenReadOnly();
        return connection.ExecuteScalar<string?>(
            warehouse.Dialect.Limit(
                "SELECT f.sha256 FROM etl_fetch_file f JOIN etl_fetch x ON x.fetch_id = f.fetch_id WHERE x.source = @source AND f.copied = 1 ORDER BY f.fetch_file_id DESC", 1),
            new { source });
    }

    /// <summary>The newest fingerprint (size, write time, hash) of each file a folder source has seen, by its path under the folder.</summary>
    public IReadOnlyDictionary<string, Fingerprint> Fingerprints(string source)
    {
        using var connection = warehouse.OpenReadOnly();
        var rows = connection.Query<(string Origin, long Size, object ArrivedAt, string Sha256)>(
            """
            SELECT f.origin, f.size, f.arrived_at, f.sha256
            FROM etl_fetch_file f JOIN etl_fetch x ON x.fetch_id = f.fetch_id
            WHERE x.source = @source AND f.origin IS NOT NULL
            ORDER BY f.fetch_file_id
            """, new { source });
        var newest = new Dictionary<string, Fingerprint>(StringComparer.Ordinal);
        foreach (var r in rows) newest[r.Origin] = new Fingerprint(r.Size, r.ArrivedAt is DateTime d ? d : Iso.ParseDateTime((string)r.ArrivedAt), r.Sha256);
        return newest;
    }
}

/// <summary>What identifies a file's bytes without reading them again: size and write time; the hash when those changed.</summary>
public sealed record Fingerprint(long Size, DateTime WrittenAt, string Sha256);
