using Dapper;
using Dlict.Etl.Cycles;
using Dlict.Etl.Loading;
using Dlict.Warehouse;

namespace Dlict.Etl.Kinds.Students;

/// <summary>
/// The rosters one file brings (one per school and cycle): the latest by submission time replaces the school's
/// students in fact_student; every roster is kept as a version in fact_roster_submission.
/// </summary>
/// <param name="schools">The registry's schools: rosters are found by the school's place in code order (<see cref="RosterLine.SchoolRank"/>).</param>
/// <param name="inPlace">Where replaced students are kept for overwriting, when the warehouse can (<see cref="ReplacedRows"/>); null: they are deleted.</param>
public sealed class RosterBook(LoadContext context, int schools, ReplacedRows? inPlace = null) : IDisposable
{
    /// <summary>A file with more schools than this reads the cycle's rosters once; one with fewer asks school by school (a web upload: one).</summary>
    private const int AskedOneByOne = 16;

    /// <summary>A school's last roster version in a cycle and when its latest was submitted (completed by a school filter or GROUP BY).</summary>
    private const string Versions = """
        SELECT school_code, MAX(version), MAX(CASE WHEN is_latest = 1 THEN submitted_at END)
        FROM fact_roster_submission WHERE cycle_key = @key
        """;

    private static readonly string[] CountColumns = ["cycle_key", "school_code", "grade_key", "sex", "students"];

    private readonly Dictionary<int, Dictionary<string, (int Version, DateTime? LatestAt)>> _existing = [];
    private readonly HashSet<int> _wholeCycleRead = [];
    private readonly Dictionary<(int Cycle, string School), Roster> _drafts = [];
    private readonly Dictionary<int, Roster?[]> _byRank = [];
    private readonly List<Roster> _replacing = [];
    private Roster? _last;
    private RosterReplacement? _replacement; // its statements prepared once a file; disposed at the end of Record
    private bool _recording; // the rows are written: nothing more to read ahead

    /// <summary>The replaced students' rows that new ones overwrite; null when they are deleted instead.</summary>
    public ReplacedRows? InPlace => inPlace;

    public Roster Draft(Cycle cycle, string school, int rank, DateTime submittedAt)
    {
        // A roster lists a school's students together: most rows are for the school of the row before.
        var draft = _last is { } last && last.Cycle.Key == cycle.Key && last.Rank == rank && (rank < schools || string.Equals(last.School, school, StringComparison.Ordinal))
            ? last
            : Find(cycle, school, rank, submittedAt);
        if (submittedAt > draft.SubmittedAt) draft.SubmittedAt = submittedAt;
        return _last = draft;
    }

    /// <summary>By the school's place in an array per cycle (a file in any order asks on every row), else by code.</summary>
    private Roster Find(Cycle cycle, string school, int rank, DateTime submittedAt)
    {
        if (!_byRank.TryGetValue(cycle.Key, out var ranked))
            _byRank[cycle.Key] = ranked = new Roster?[schools];
        if ((uint)rank < (uint)ranked.Length && ranked[rank] is { } known) return known; // a rank is one code of the registry
        if (!_drafts.TryGetValue((cycle.Key, school), out var draft))
            _drafts[(cycle.Key, school)] = draft = new Roster(cycle, school, submittedAt) { Rank = rank };
        if ((uint)rank < (uint)ranked.Length) ranked[rank] = draft;
        return draft;
    }

    /// <summary>
    /// At a roster's first valid row: does it replace the school's students? (Unless a later roster is loaded
    /// already.) The students it replaces are deleted by <see cref="ReplaceDecided"/>, before its rows are written.
    /// </summary>
    public void Decide(Roster draft)
    {
        if (draft.Decided) return;
        draft.Decided = true;
        var existing = Existing(draft.Cycle.Key, draft.School);
        draft.Replaces = context.Options.Reload || existing?.Item2 is not { } latestAt || draft.SubmittedAt >= latestAt;
        if (draft.Replaces && existing is not null) _replacing.Add(draft);
    }

    /// <summary>
    /// Deletes the counts and latest marks of the rosters decided since the last call that replace one loaded
    /// before, and their students or (<see cref="InPlace"/>) notes where those are: called before held rows are
    /// written (<see cref="SchoolOrder"/>), so that a school's new rows take its old ones' places.
    /// </summary>
    public void ReplaceDecided()
    {
        if (_replacing.Count == 0) return;
        var replacement = Replacement;
        foreach (var cycle in _replacing.GroupBy(d => d.Cycle.Key))
            replacement.Replace(cycle.Key, [.. cycle.OrderBy(d => d.Rank).Select(d => d.School)]);
        _replacing.Clear();
    }

    /// <summary>Writes every roster of the file as a new version.</summary>
    public void Record()
    {
        _recording = true;
        ReplaceDecided();
        _replacement?.FinishMarks();
        if (inPlace is { Waiting: > 0 }) _replacement!.DeleteLeftovers(inPlace.TakeLeftovers()); // only a replacement notes rows waiting
        Dispose();
        var rows = new List<object?[]>();
        foreach (var d in InCodeOrder())
        {
            var existing = Existing(d.Cycle.Key, d.School);
            var isLatest = d.Replaces || existing is null;
            rows.Add([d.Cycle.Key, d.School, (existing?.Version ?? 0) + 1, d.SubmittedAt, context.FileId, d.Students, d.RejectedRows, isLatest ? 1 : 0]);
        }
        context.Warehouse.BulkInsert(context.Transaction, "fact_roster_submission",
            ["cycle_key", "school_code", "version", "submitted_at", "file_id", "students", "rejected_rows", "is_latest"], rows);
        WriteCounts();
    }

    /// <summary>
    /// The replacing rosters' students per grade and sex (fact_roster_count: ~9 rows a school, 270,000 in a national
    /// roster), by the typed appender: through <c>BulkInsert</c>, an array of boxed values a row, they took ~0.1 s
    /// of a 1M-row load after its last row was read.
    /// </summary>
    private void WriteCounts()
    {
        using var counts = context.Warehouse.Append(context.Transaction, "fact_roster_count", CountColumns);
        foreach (var d in InCodeOrder())
        {
            if (!d.Replaces) continue;
            foreach (var (grade, sex, students) in d.Counts())
            {
                counts.Set(0, d.Cycle.Key);
                counts.Set(1, d.School);
                counts.Set(2, grade);
                counts.Set(3, sex);
                counts.Set(4, students);
                counts.Add();
            }
        }
        counts.Flush();
    }

    /// <summary>
    /// The file's rosters by cycle and school code, the order of both tables' keys: in the file's order (a shuffled
    /// roster's is random) each 64-row INSERT landed on as many pages of their indexes, each copied whole into
    /// SQLite's statement journal.
    /// </summary>
    private List<Roster> InCodeOrder()
    {
        var rosters = _drafts.Values.ToList();
        rosters.Sort((a, b) => a.Cycle.Key != b.Cycle.Key ? a.Cycle.Key.CompareTo(b.Cycle.Key)
            : a.Rank != b.Rank ? a.Rank.CompareTo(b.Rank) : string.CompareOrdinal(a.School, b.School));
        return rosters;
    }

    /// <summary>The school's last roster version in the cycle and when its latest was submitted; null when it has none.</summary>
    private (int Version, DateTime? LatestAt)? Existing(int cycleKey, string school)
    {
        if (!_existing.TryGetValue(cycleKey, out var known)) _existing[cycleKey] = known = new(StringComparer.Ordinal);
        if (!known.TryGetValue(school, out var found))
        {
            if (_wholeCycleRead.Contains(cycleKey)) return null;
            if (known.Count >= AskedOneByOne)
            {
                ReadCycle(cycleKey, known);
                return Existing(cycleKey, school);
            }
            known[school] = found = ReadSchool(cycleKey, school) ?? (0, null);
        }
        return found.Version == 0 ? null : found;
    }

    private (int Version, DateTime? LatestAt)? ReadSchool(int cycleKey, string school) =>
        context.Connection.Query<(string School, int Version, DateTime? LatestAt)>(
                Versions + " AND school_code = @school GROUP BY school_code", new { key = cycleKey, school }, context.Transaction)
            .Select(r => ((int, DateTime?)?)(r.Version, r.LatestAt)).FirstOrDefault();

    /// <summary>
    /// At the end of <see cref="Record"/>, or for a load that failed before it: waits for a read of the runs still going
    /// on its own connection (<see cref="SchoolRuns.Dispose"/>) and lets the prepared statements go, so nothing reads
    /// after the load.
    /// </summary>
    public void Dispose()
    {
        _recording = true;
        _replacement?.Dispose();
        _replacement = null;
    }

    private RosterReplacement Replacement => _replacement ??= new RosterReplacement(context.Transaction, context.FileId, inPlace);

    private void ReadCycle(int cycleKey, Dictionary<string, (int Version, DateTime? LatestAt)> known)
    {
        if (!_recording) Replacement.ReadRunsAhead(cycleKey, context.Warehouse);
        known.Clear();
        foreach (var r in context.Connection.Query<(string School, int Version, DateTime? LatestAt)>(Versions + " GROUP BY school_code", new { key = cycleKey }, context.Transaction))
            known[r.School] = (r.Version, r.LatestAt);
        _wholeCycleRead.Add(cycleKey);
    }
}
