using Dapper;
using Dlict.Etl.Cycles;
using Dlict.Etl.Loading;
using Dlict.Warehouse;

namespace Dlict.Etl.Kinds.Students;

/// <summary>
/// The rosters one file brings (one per school and cycle): the latest by submission time replaces the school's
/// students in fact_student; every roster is kept as a version in fact_roster_submission.
/// </summary>
public sealed class RosterBook(LoadContext context)
{
    private readonly Dictionary<int, Dictionary<string, (int Version, DateTime? LatestAt)>> _existing = [];
    private readonly Dictionary<(int Cycle, string School), Roster> _drafts = [];
    private Roster? _last;

    public Roster Draft(Cycle cycle, string school, DateTime submittedAt)
    {
        // A roster lists a school's students together: most rows are for the school of the row before.
        var draft = _last is { } last && last.Cycle.Key == cycle.Key && string.Equals(last.School, school, StringComparison.Ordinal)
            ? last
            : Find(cycle, school, submittedAt);
        if (submittedAt > draft.SubmittedAt) draft.SubmittedAt = submittedAt;
        return _last = draft;
    }

    private Roster Find(Cycle cycle, string school, DateTime submittedAt)
    {
        if (!_drafts.TryGetValue((cycle.Key, school), out var draft))
        {
            if (!_existing.ContainsKey(cycle.Key)) LoadExisting(cycle);
            _drafts[(cycle.Key, school)] = draft = new Roster(cycle, school, submittedAt);
        }
        return draft;
    }

    /// <summary>
    /// At a roster's first valid row: does it replace the school's students? (Unless a later roster is loaded
    /// already.) The students it replaces are deleted in <see cref="Record"/>, after the file's rows are written.
    /// </summary>
    public void Decide(Roster draft)
    {
        if (draft.Decided) return;
        draft.Decided = true;
        var existing = _existing[draft.Cycle.Key].TryGetValue(draft.School, out var e) ? e : ((int, DateTime?)?)null;
        draft.Replaces = context.Options.Reload || existing?.Item2 is not { } latestAt || draft.SubmittedAt >= latestAt;
    }

    /// <summary>Deletes what the file's rosters replace, then writes every roster of the file as a new version.</summary>
    public void Record()
    {
        var rows = new List<object?[]>();
        using var replacement = new RosterReplacement(context.Transaction, context.FileId);
        foreach (var d in _drafts.Values)
        {
            var existing = _existing[d.Cycle.Key].TryGetValue(d.School, out var e) ? e : ((int Version, DateTime? LatestAt)?)null;
            var isLatest = d.Replaces || existing is null;
            if (isLatest && existing is not null) replacement.Replace(d.Cycle.Key, d.School);
            rows.Add([d.Cycle.Key, d.School, (existing?.Version ?? 0) + 1, d.SubmittedAt, context.FileId, d.Students, d.RejectedRows, isLatest ? 1 : 0]);
        }
        context.Warehouse.BulkInsert(context.Transaction, "fact_roster_submission",
            ["cycle_key", "school_code", "version", "submitted_at", "file_id", "students", "rejected_rows", "is_latest"], rows);
        context.Warehouse.BulkInsert(context.Transaction, "fact_roster_count", ["cycle_key", "school_code", "grade_key", "sex", "students"],
            _drafts.Values.Where(d => d.Replaces).SelectMany(d => d.Counts.Select(c => new object?[] { d.Cycle.Key, d.School, c.Key.Grade, c.Key.Sex, c.Value })));
    }

    private void LoadExisting(Cycle cycle) =>
        _existing[cycle.Key] = context.Connection.Query<(string School, int Version, DateTime? LatestAt)>(
                """
                SELECT school_code, MAX(version), MAX(CASE WHEN is_latest = 1 THEN submitted_at END)
                FROM fact_roster_submission WHERE cycle_key = @key GROUP BY school_code
                """, new { key = cycle.Key }, context.Transaction)
            .ToDictionary(r => r.School, r => (r.Version, r.LatestAt), StringComparer.Ordinal);
}

/// <summary>One school's roster for one cycle in this file, with the short keys seen (duplicates within the school).</summary>
public sealed class Roster(Cycle cycle, string school, DateTime submittedAt)
{
    public Cycle Cycle { get; } = cycle;
    public string School { get; } = school;
    public DateTime SubmittedAt { get; set; } = submittedAt;
    public bool Decided { get; set; }
    public bool Replaces { get; set; }
    public int Students { get; set; }
    public int RejectedRows { get; set; }
    public SeenKeys Seen { get; } = new();

    /// <summary>Students written to fact_student per grade and sex (fact_roster_count).</summary>
    public Dictionary<(int Grade, string Sex), int> Counts { get; } = [];

    public void Count(int grade, string sex) => System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(Counts, (grade, sex), out _)++;
}
