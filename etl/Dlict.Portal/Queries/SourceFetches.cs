using System.Data.Common;
using Dapper;

namespace Dlict.Portal.Queries;

/// <summary>
/// Each pulled source's last success and last failure, from the public view v_source_fetches (sources.md), for the
/// dashboard as <c>dlict status</c> shows them. A warehouse without that view (an older schema) has no sources to show.
/// </summary>
public static class SourceFetches
{
    public sealed record Latest(string Source, string? Location, object? SucceededAt, string? SuccessOutcome, string? SuccessFiles, object? FailedAt, string? FailureMessage);

    public static IReadOnlyList<Latest> Of(DbConnection connection)
    {
        var rows = connection.Query<Fetch>(
            """
            SELECT fetch_id, source, location, started_at, outcome, file_names, message
            FROM v_source_fetches
            WHERE fetch_id IN (SELECT MAX(fetch_id) FROM v_source_fetches GROUP BY source, CASE WHEN outcome = 'failed' THEN 1 ELSE 0 END)
            """).ToList();
        return [.. rows.GroupBy(r => r.source, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var success = g.FirstOrDefault(r => r.outcome != "failed");
            var failure = g.FirstOrDefault(r => r.outcome == "failed");
            return new Latest(g.Key, g.MaxBy(r => r.fetch_id)!.location, success?.started_at, success?.outcome, success?.file_names,
                failure?.started_at, failure?.message);
        })];
    }

    private sealed record Fetch
    {
        public long fetch_id { get; init; }
        public string source { get; init; } = "";
        public string? location { get; init; }
        public object? started_at { get; init; }
        public string outcome { get; init; } = "";
        public string? file_names { get; init; }
        public string? message { get; init; }
    }
}
