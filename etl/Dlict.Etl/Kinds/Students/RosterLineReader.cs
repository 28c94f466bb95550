using Dlict.Etl.Kinds.Submissions;
using Dlict.Etl.Privacy;
using Dlict.Etl.Reading;
using Dlict.Etl.Sources;
using Dlict.Etl.Validation;
using Dlict.Etl.Values;

namespace Dlict.Etl.Kinds.Students;

/// <summary>
/// Reads and checks one roster row without touching the database (so it can run ahead on a second thread): school
/// and cycle, citizen ID or G-code and its keyed hash, grade, sex and birth date. Name columns are never read.
/// One reader per file and thread.
/// </summary>
public sealed class RosterLineReader
{
    private readonly RowIdentity _identity;
    private readonly StudentKey _keys;
    private readonly string? _sheet;
    private readonly int _id, _grade, _sex, _width, _cells;
    private readonly bool _csv;
    private readonly int? _birth;
    private readonly TextMemo<(bool Missing, DateOnly? Date)> _birthDates =
        new(raw => Missing.IsMissing(raw) ? (true, null) : (false, DateParser.TryParse(raw, out var d) ? d : null));
    private readonly TextMemo<int> _gradeKeys = new(raw => GradeName.TryNormalize(raw, out var grade) && grade is not null ? GradeName.Order(grade) : 0);
    private readonly TextMemo<string?> _sexes = new(Sex.Normalize);
    private readonly List<Reject> _problems = [];
    private readonly Action<Reject> _report;
    private readonly IReadOnlyDictionary<string, int> _codeOrder;
    private readonly Dictionary<string, int> _rankOfInstance = new(ReferenceEqualityComparer.Instance); // RowIdentity's school strings
    private (string? School, int Rank) _lastRank;
    private bool _failed;

    /// <param name="codeOrder">The registry's codes in order (<see cref="Loading.SchoolRegistry.CodeOrder"/>).</param>
    public RosterLineReader(HeaderMatch header, RowIdentity identity, StudentKey keys, string? sheet, IReadOnlyDictionary<string, int> codeOrder)
    {
        (_identity, _keys, _sheet, _width, _cells, _csv) = (identity, keys, sheet, header.Width, header.Cells, sheet is null);
        _codeOrder = codeOrder;
        (_id, _grade, _sex, _birth) =
            (header.IndexOf("student_id")!.Value, header.IndexOf("grade")!.Value, header.IndexOf("sex")!.Value, header.IndexOf("birth_date"));
        _report = Report;
    }

    /// <summary>The row read, or null for a blank row.</summary>
    public RosterLine? Read(RawRow row)
    {
        if (row.IsBlank) return null;
        _failed = false;
        _problems.Clear();
        if (!Fits(row))
            return new RosterLine { RowNumber = row.RowNumber, Problems = [new Reject(Rules.StudentRowMisaligned, _sheet, row.RowNumber, null, null)] };
        if (!_identity.TryRead(row, _report, out var school, out var cycle, out var submittedAt))
            return new RosterLine { RowNumber = row.RowNumber, Problems = TakeProblems() };
        Reject Problem(Rule rule, string column, string? value) =>
            new(rule, _sheet, row.RowNumber, column, NameGuard.EchoInRoster(value)) { SchoolCode = school, CycleKey = cycle.Key };

        var (id, idKind, idProblem) = StudentId.Read(row[_id]);
        if (idProblem is not null) Report(Problem(idProblem, "student_id", IdMask.Mask(row[_id])));
        var gradeKey = _gradeKeys[row[_grade]];
        if (gradeKey == 0) Report(Problem(Rules.StudentGradeUnknown, "grade", row[_grade]));
        var sex = _sexes[row[_sex]];
        if (sex is null) Report(Problem(Rules.StudentSexUnknown, "sex", row[_sex]));
        DateOnly? born = null;
        if (_birth is { } b && _birthDates[row[b]] is (false, var date))
        {
            if (date is { } d) born = d;
            else Report(Problem(Rules.StudentBirthDateUnreadable, "birth_date", row[b]));
        }

        var line = new RosterLine
        {
            RowNumber = row.RowNumber,
            HasIdentity = true,
            School = school,
            SchoolRank = RankOf(school),
            Cycle = cycle,
            SubmittedAt = submittedAt,
            Problems = TakeProblems(),
        };
        if (_failed || id is null || idKind is null || gradeKey == 0 || sex is null) return line;
        var (key, shortKey) = _keys.Of(id);
        return line with { IsStudent = true, Id = id, Key = key, ShortKey = shortKey, IdKind = idKind, GradeKey = gradeKey, Sex = sex, Born = born };
    }

    /// <summary>
    /// The school's place in code order; unknown ones after all. <see cref="RowIdentity"/> gives one string per code,
    /// so the rank is found by that instance (no comparison of codes) when rows move from school to school.
    /// </summary>
    private int RankOf(string school)
    {
        if (ReferenceEquals(school, _lastRank.School)) return _lastRank.Rank;
        if (!_rankOfInstance.TryGetValue(school, out var rank))
            _rankOfInstance[school] = rank = _codeOrder.TryGetValue(school, out var r) ? r : _codeOrder.Count;
        _lastRank = (school, rank);
        return rank;
    }

    /// <summary>
    /// A CSV row with more or fewer cells than the header, an xlsx row with a filled cell past the header's last
    /// column: the cells have shifted and
    /// a name may sit under grade or sex, so none of the row's values may be kept.
    /// </summary>
    private bool Fits(RawRow row)
    {
        if (_width == 0) return true; // a header made in code, not read from the file
        if (_csv) return row.Cells.Length == _cells;
        for (var i = _width; i < row.Cells.Length; i++)
            if (!string.IsNullOrWhiteSpace(row.Cells[i])) return false;
        return true;
    }

    private void Report(Reject r)
    {
        _failed |= r.Rule.Severity == Severity.Error;
        _problems.Add(r);
    }

    private IReadOnlyList<Reject> TakeProblems() => _problems.Count == 0 ? [] : _problems.ToArray();
}
