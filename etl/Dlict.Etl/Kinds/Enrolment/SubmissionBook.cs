using Dapper;
using Dlict.Etl.Cycles;
using Dlict.Etl.Loading;
using Dlict.Warehouse;

namespace Dlict.Etl.Kinds.Enrolment;

/// <summary>
/// The submissions one file makes (one per school and cycle) and how they relate to what the warehouse holds:
/// the latest submission (by submission time) replaces the school's facts, and every version is kept in fact_submission.
/// </summary>
public sealed class SubmissionBook(LoadContext context)
{
    private readonly Dictionary<int, Dictionary<string, (int Version, DateTime? LatestAt)>> _existing = [];
    private readonly Dictionary<(int Cycle, string School), Submission> _drafts = [];
    private readonly List<(int Cycle, string School)> _pendingDeletes = [];

    public IReadOnlyCollection<Submission> Submissions => _drafts.Values;

    public Submission Draft(Cycle cycle, string school, DateTime submittedAt)
    {
        if (!_drafts.TryGetValue((cycle.Key, school), out var draft))
        {
            if (!_existing.ContainsKey(cycle.Key)) LoadExisting(cycle);
            _drafts[(cycle.Key, school)] = draft = new Submission(cycle, school, submittedAt);
        }
        if (submittedAt > draft.SubmittedAt) draft.SubmittedAt = submittedAt;
        return draft;
    }

    /// <summary>At a submission's first valid row: does it replace the facts? (It does unless a later one is loaded already.)</summary>
    public void Decide(Submission draft)
    {
        if (draft.Decided) return;
        draft.Decided = true;
        var existing = _existing[draft.Cycle.Key].TryGetValue(draft.School, out var e) ? e : ((int, DateTime?)?)null;
        draft.Replaces = context.Options.Reload || existing?.Item2 is not { } latestAt || draft.SubmittedAt >= latestAt;
        if (draft.Replaces && existing is not null) _pendingDeletes.Add((draft.Cycle.Key, draft.School));
    }

    /// <summary>Removes the facts of the submissions being replaced (before their new rows are inserted), a few hundred schools a statement.</summary>
    public void DeleteReplacedFacts()
    {
        foreach (var (cycle, schools) in InChunks(_pendingDeletes))
            context.Connection.Execute("DELETE FROM fact_enrolment WHERE cycle_key = @cycle AND school_code IN @schools", new { cycle, schools }, context.Transaction);
        _pendingDeletes.Clear();
    }

    /// <summary>Writes every submission of the file as a new version in fact_submission; the replaced versions stop being the latest.</summary>
    public void Record()
    {
        var rows = new List<object?[]>();
        var superseded = new List<(int Cycle, string School)>();
        foreach (var d in _drafts.Values)
        {
            var existing = _existing[d.Cycle.Key].TryGetValue(d.School, out var e) ? e : ((int Version, DateTime? LatestAt)?)null;
            var isLatest = d.Replaces || existing is null;
            if (isLatest && existing is not null) superseded.Add((d.Cycle.Key, d.School));
            rows.Add([d.Cycle.Key, d.School, (existing?.Version ?? 0) + 1, d.SubmittedAt, context.FileId, d.Rows, d.RejectedRows, d.Students, isLatest ? 1 : 0]);
        }
        foreach (var (cycle, schools) in InChunks(superseded))
            context.Connection.Execute("UPDATE fact_submission SET is_latest = 0 WHERE cycle_key = @cycle AND school_code IN @schools",
                new { cycle, schools }, context.Transaction);
        context.Warehouse.BulkInsert(context.Transaction, "fact_submission",
            ["cycle_key", "school_code", "version", "submitted_at", "file_id", "rows_loaded", "rejected_rows", "students", "is_latest"], rows);
    }

    /// <summary>Schools grouped by cycle in lists short enough for any engine's parameter limit (SQL Server: 2,100).</summary>
    private static IEnumerable<(int Cycle, string[] Schools)> InChunks(IEnumerable<(int Cycle, string School)> keys) =>
        keys.GroupBy(k => k.Cycle).SelectMany(g => g.Select(k => k.School).Chunk(500).Select(chunk => (g.Key, chunk)));

    private void LoadExisting(Cycle cycle) =>
        _existing[cycle.Key] = context.Connection.Query<(string School, int Version, DateTime? LatestAt)>(
                """
                SELECT school_code, MAX(version), MAX(CASE WHEN is_latest = 1 THEN submitted_at END)
                FROM fact_submission WHERE cycle_key = @key GROUP BY school_code
                """, new { key = cycle.Key }, context.Transaction)
            .ToDictionary(r => r.School, r => (r.Version, r.LatestAt), StringComparer.Ordinal);
}

/// <summary>One school's submission for one cycle in this file.</summary>
public sealed class Submission(Cycle cycle, string school, DateTime submittedAt)
{
    private int _grades;

    public Cycle Cycle { get; } = cycle;
    public string School { get; } = school;
    public DateTime SubmittedAt { get; set; } = submittedAt;
    public bool Decided { get; set; }
    public bool Replaces { get; set; }
    public int Rows { get; private set; }
    public int RejectedRows { get; set; }
    public long Students { get; private set; }

    /// <summary>Records a valid grade; false when the file already gave this grade for this school.</summary>
    public bool TryAdd(string grade, int students)
    {
        var bit = 1 << Values.GradeName.Order(grade);
        if ((_grades & bit) != 0) return false;
        _grades |= bit;
        Rows++;
        Students += students;
        return true;
    }
}
