using System.Data.Common;
using Dapper;

namespace Dlict.Reports.Queries;

/// <summary>
/// Each pulled source's last success and last failure, from the public view v_source_fetches (sources.md): what
/// <c>dlict status</c> and the dashboard show. A warehouse from before that view has no fetches to show.
/// </summary>
public static class SourceFetchQuery
{
    public static IReadOnlyList<SourceFetches> Latest(DbConnection connection)
    {
        if (!ViewProbe.Exists(connection, "v_source_fetches")) return [];
        var rows = connection.Query<FetchRow>(
            """
            SELECT fetch_id AS FetchId, source AS Source, location AS Location, started_at AS StartedAt, outcome AS Outcome,
                   http_status AS HttpStatus, message_count AS MessageCount, bytes AS Bytes, file_names AS FileNames, message AS Message
            FROM v_source_fetches
            WHERE fetch_id IN (SELECT MAX(fetch_id) FROM v_source_fetches GROUP BY source, CASE WHEN outcome = 'failed' THEN 1 ELSE 0 END)
            """).ToList();
        return [.. rows.GroupBy(r => r.Source, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new SourceFetches(g.Key,
            g.FirstOrDefault(r => r.Outcome != "failed"), g.FirstOrDefault(r => r.Outcome == "failed")))];
    }
}

/// <summary>One row of v_source_fetches (settable properties: Dapper fills them from either engine's column types).</summary>
public sealed record FetchRow
{
    public long FetchId { get; init; }

    public string Source { get; init; } = "";

    public string? Location { get; init; }

    public object? StartedAt { get; init; }

    public string Outcome { get; init; } = "";

    public int? HttpStatus { get; init; }

    public int? MessageCount { get; init; }

    public long Bytes { get; init; }

    public string? FileNames { get; init; }

    public string? Message { get; init; }
}

/// <summary>A source's newest fetch that did not fail and its newest failure (either may be missing).</summary>
public sealed record SourceFetches(string Source, FetchRow? LastSuccess, FetchRow? LastFailure)
{
    /// <summary>Where the newest of the two fetched from (a URL's query already masked when recorded).</summary>
    public string? Location => ((LastSuccess?.FetchId ?? 0) > (LastFailure?.FetchId ?? 0) ? LastSuccess : LastFailure)?.Location;
}
