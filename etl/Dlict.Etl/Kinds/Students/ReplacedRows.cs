using Dapper;
using Dlict.Etl.Loading;

namespace Dlict.Etl.Kinds.Students;

/// <summary>
/// Where the students of replaced rosters are in fact_student, for the schools whose earlier students fill one run
/// of row ids (a roster loaded school by school, or overwritten in place since): the school's new students overwrite
/// them one by one where they are (<c>IWarehouse.RewriteByRowId</c>) instead of the old rows being deleted and the
/// new ones inserted. SQLite finds every row it deletes, and every row it inserts into the middle of the school
/// index, by a descent of that index; a rewrite of the columns the index does not hold leaves it alone. Rows left
/// over when a school's new roster is shorter are deleted at the end of the file (<see cref="TakeLeftovers"/>).
/// A run is one row read per school (<see cref="RosterReplacement"/>), not one per student.
/// </summary>
/// <param name="before">The first row id this file's inserts can take (the table's largest before the file, plus one).</param>
public sealed class ReplacedRows(long before)
{
    private readonly Dictionary<(int Cycle, string School), Run> _bySchool = [];
    private (int Cycle, string School) _lastSchool;
    private Run? _last;

    /// <summary>
    /// Rows from here on were added by this file: a run reaching them is not a replaced roster's (a safeguard: a
    /// school is replaced once a file, before any of its new rows is written).
    /// </summary>
    public long Before => before;

    /// <summary>Before any of the file's student rows is written: every row there is then an earlier file's.</summary>
    public static ReplacedRows From(LoadContext context) =>
        new(context.Connection.ExecuteScalar<long?>("SELECT MAX(rowid) FROM fact_student", transaction: context.Transaction) + 1 ?? 1);

    /// <summary>Row ids not yet overwritten, of every school.</summary>
    public long Waiting { get; private set; }

    /// <summary>The school's earlier students are the rows <paramref name="first"/> to <paramref name="last"/>.</summary>
    public void Add(int cycleKey, string school, long first, long last)
    {
        _bySchool[(cycleKey, school)] = new Run { Next = first, Last = last };
        Waiting += last - first + 1;
    }

    /// <summary>The next earlier row of the school for a new student to overwrite; false when none is left.</summary>
    public bool TryTake(int cycleKey, string school, out long rowId)
    {
        rowId = 0;
        if (Waiting == 0) return false;
        if (_last is null || _lastSchool.Cycle != cycleKey || !string.Equals(_lastSchool.School, school, StringComparison.Ordinal))
        {
            _last = _bySchool.GetValueOrDefault((cycleKey, school));
            _lastSchool = (cycleKey, school);
        }
        if (_last is not { } run || run.Next > run.Last) return false;
        rowId = run.Next++;
        Waiting--;
        return true;
    }

    /// <summary>The runs of rows no new student took (the school sent fewer); none wait after.</summary>
    public List<(long First, long Last)> TakeLeftovers()
    {
        var left = _bySchool.Values.Where(r => r.Next <= r.Last).Select(r => (r.Next, r.Last)).Order().ToList();
        _bySchool.Clear();
        _last = null;
        Waiting = 0;
        return left;
    }

    private sealed class Run
    {
        public long Next { get; set; }
        public long Last { get; init; }
    }
}
