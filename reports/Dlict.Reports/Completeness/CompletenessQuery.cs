using System.Data.Common;
using Dapper;
using Dlict.Reports.Queries;
using Dlict.Reports.Workbooks;

namespace Dlict.Reports.Completeness;

/// <summary>
/// Reads one cycle's completeness from the views: the expected schools and their status (v_submission_status),
/// the versions (v_submission_history, replayed up to the end of <c>asOf</c> when given), rejects (v_rejects, without
/// those of superseded versions) and the roster check (<see cref="RosterComparison"/>: the verdicts of
/// v_roster_reconciliation, counted from the tables' keys).
/// </summary>
public static class CompletenessQuery
{
    // Init-only rows rather than positional records: Dapper then converts int (SQL Server) and long (SQLite) alike.
    private sealed record StatusRow
    {
        public string school_code { get; init; } = "";
        public string school_name { get; init; } = "";
        public string? district { get; init; }
        public string? cluster { get; init; }
        public object? deadline { get; init; }
        public object? submitted_at { get; init; }
        public object? last_submitted_at { get; init; }
        public string status { get; init; } = "";
        public long versions { get; init; }
        public long rejected_rows { get; init; }
    }

    private sealed record VersionRow
    {
        public string school_code { get; init; } = "";
        public long version { get; init; }
        public object? submitted_at { get; init; }
        public long rejected_rows { get; init; }
        public long file_id { get; init; }
    }

    /// <param name="anomalies">false: leave <see cref="CompletenessData.Anomalies"/> empty (the caller reads them itself,
    /// <see cref="CompletenessData.WithAnomalies"/>).</param>
    public static CompletenessData Load(DbConnection c, string cycle, DateOnly? asOf, bool anomalies = true)
    {
        var expected = c.Query<StatusRow>(
            """
            SELECT school_code, school_name, district, cluster, deadline, submitted_at, last_submitted_at, status, versions, rejected_rows
            FROM v_submission_status WHERE cycle = @cycle
            """, new { cycle }).ToList();
        var history = c.Query<VersionRow>(
            "SELECT school_code, version, submitted_at, rejected_rows, file_id FROM v_submission_history WHERE cycle = @cycle",
            new { cycle }).ToList();
        // Only --as-of needs each version's time and the versions per school: without it, building them for 30,000 schools is wasted work.
        var counted = asOf is not { } day ? history : history.Where(v => At(v) < day.AddDays(1).ToDateTime(TimeOnly.MinValue)).ToList();
        var bySchool = asOf is null ? [] : counted.GroupBy(v => v.school_code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var rosters = RosterComparison.For(c, cycle);

        var schools = expected.Select(e =>
        {
            var deadline = DateOnly.FromDateTime(ThaiDate.Parse(e.deadline) ?? DateTime.MinValue);
            var roster = rosters.GetValueOrDefault(e.school_code, RosterCheck.NoRoster);
            if (asOf is null)
                return new SchoolCompleteness(e.school_code, e.school_name, e.district, e.cluster, deadline, ThaiDate.Parse(e.submitted_at),
                    ThaiDate.Parse(e.last_submitted_at), e.status, (int)e.versions, (int)e.rejected_rows, roster);
            var versions = bySchool.GetValueOrDefault(e.school_code) ?? [];
            if (versions.Count == 0)
                return new SchoolCompleteness(e.school_code, e.school_name, e.district, e.cluster, deadline, null, null, "missing", 0, 0, roster);
            var first = versions.Min(At);
            var latest = versions.MaxBy(v => v.version)!;
            var status = DateOnly.FromDateTime(first) <= deadline ? "on_time" : "late";
            return new SchoolCompleteness(e.school_code, e.school_name, e.district, e.cluster, deadline, first, versions.Max(At),
                status, versions.Count, (int)latest.rejected_rows, roster);
        }).ToList();

        var current = new Dictionary<string, VersionRow>(StringComparer.Ordinal);
        foreach (var v in counted)
            if (!current.TryGetValue(v.school_code, out var seen) || v.version > seen.version) current[v.school_code] = v;
        var enrolmentFiles = history.Select(v => (v.school_code, v.file_id)).ToHashSet();
        var rejects = Rejects(c, cycle)
            .Where(r => r.SchoolCode is null || !enrolmentFiles.Contains((r.SchoolCode, r.FileId)) || current.GetValueOrDefault(r.SchoolCode)?.file_id == r.FileId)
            .Select(r => r.Line)
            .ToList();
        var deadlineOfCycle = schools.Count > 0 ? schools[0].Deadline : (DateOnly?)null;
        return new CompletenessData(cycle, deadlineOfCycle, asOf, schools, rejects) { Anomalies = anomalies ? QualityQuery.Anomalies(c, cycle) : [] };
    }

    private static DateTime At(VersionRow version) => ThaiDate.Parse(version.submitted_at) ?? DateTime.MaxValue;

    private sealed record RejectRow
    {
        public string? school_code { get; init; }
        public string source_file { get; init; } = "";
        public string? sheet { get; init; }
        public long? row_number { get; init; }
        public string? column_name { get; init; }
        public string rule { get; init; } = "";
        public string severity { get; init; } = "";
        public string? value { get; init; }
        public string message { get; init; } = "";
        public long? file_id { get; init; }
    }

    private static List<(string? SchoolCode, long FileId, RejectLine Line)> Rejects(DbConnection c, string cycle) =>
        c.Query<RejectRow>(
            """
            SELECT school_code, source_file, sheet, row_number, column_name, [rule], severity, value, message, file_id
            FROM v_rejects WHERE cycle = @cycle
            """, new { cycle })
        .Select(r => (r.school_code, r.file_id ?? -1, new RejectLine(r.school_code, r.source_file, r.sheet,
            r.row_number is { } n ? (int)n : null, r.column_name, r.rule, r.severity, r.value, r.message)))
        .OrderBy(r => r.school_code, StringComparer.Ordinal).ThenBy(r => r.Item3.SourceFile, StringComparer.Ordinal)
        .ThenBy(r => r.Item3.RowNumber).ToList();
}
