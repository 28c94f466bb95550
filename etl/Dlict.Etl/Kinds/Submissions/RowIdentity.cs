using Dlict.Etl.Cycles;
using Dlict.Etl.Loading;
using Dlict.Etl.Reading;
using Dlict.Etl.Sources;
using Dlict.Etl.Validation;
using Dlict.Etl.Values;
using Dlict.Warehouse;

namespace Dlict.Etl.Kinds.Submissions;

/// <summary>
/// Whose submission a row belongs to: the school (by code, SMIS code or name), the cycle and the submission time.
/// Shared by the kinds a school submits per cycle; each reports its problems under its own <paramref name="rules"/>.
/// </summary>
public sealed class RowIdentity(IReadOnlyDictionary<string, int> columns, LoadContext context, SchoolRegistry registry, string? sheet, IdentityRules rules)
{
    // Column positions, looked up once (-1: the file has no such column).
    private readonly int _year = IndexOf(columns, "academic_year"), _round = IndexOf(columns, "round"),
        _code = IndexOf(columns, "school_code"), _name = IndexOf(columns, "school_name"),
        _district = IndexOf(columns, "district"), _time = IndexOf(columns, "submitted_at");
    private readonly SchoolRegistry _registry = columns.ContainsKey("school_name") ? registry.WithNames(context.Connection, context.Transaction) : registry;
    private readonly Dictionary<string, string?> _schoolByRawCode = new(StringComparer.Ordinal);
    private (string? Raw, string School) _lastSchool; // rows of one school follow each other
    private (string? Raw, DateTime? Parsed) _lastTime;

    public string? Sheet => sheet;

    private bool HasCycleColumns => _year >= 0 && _round >= 0;

    private bool HasCycleSource =>
        context.Options.Cycle is not null || HasCycleColumns || context.FileCycle is not null;

    /// <summary>Rejects the whole file when nothing can say which cycle its rows are for (<paramref name="whatThai"/>: ข้อมูล, รายชื่อนักเรียน …).</summary>
    public void RequireCycleSource(string whatThai)
    {
        if (!HasCycleSource)
            throw new FileRejectedException(
                $"ไม่รู้ว่าเป็น{whatThai}รอบใด: ใส่คอลัมน์ ปีการศึกษา และ รอบ, ตั้งชื่อไฟล์ให้มี 2568-1 หรือใช้ --cycle 2568/1",
                "no cycle: add academic_year and round columns, put 2568-1 in the file name, or use --cycle 2568/1");
    }

    private static int IndexOf(IReadOnlyDictionary<string, int> columns, string column) => columns.TryGetValue(column, out var i) ? i : -1;

    private static string? Cell(RawRow row, int column) => column < 0 ? null : row[column];

    public bool TryRead(RawRow row, Action<Reject> report, out string school, out Cycle cycle, out DateTime submittedAt)
    {
        school = "";
        submittedAt = context.Options.SubmittedAt ?? context.File.ReceivedAt;
        var cycleOk = TryCycle(row, out cycle);
        var schoolOk = TrySchool(row, out school, out var problem);
        var (knownSchool, knownCycle) = (schoolOk ? school : null, cycleOk ? cycle.Key : (int?)null);
        Reject tagged(Reject r) => r with { SchoolCode = knownSchool ?? r.SchoolCode, CycleKey = knownCycle };
        if (!cycleOk) report(tagged(new Reject(rules.CycleInvalid, sheet, row.RowNumber, "academic_year", $"{Cell(row, _year)}/{Cell(row, _round)}")));
        if (problem is not null) report(tagged(problem));

        var rawTime = context.Options.SubmittedAt is null ? Cell(row, _time) : null; // --submitted-at overrides the column
        if (!Missing.IsMissing(rawTime))
        {
            if (ParseTime(rawTime) is { } t && (!cycleOk || Plausible(t, cycle))) submittedAt = t;
            else report(tagged(new Reject(rules.SubmittedAtUnreadable, sheet, row.RowNumber, "submitted_at", rawTime)));
        }
        return cycleOk && schoolOk;
    }

    /// <summary>
    /// A submission dated decades away from its academic year (1/6/1968 or 1/6/2068 typed for 2568, both valid CE dates
    /// by the BE rule) would count as on time or late for the wrong reason: outside the year before to two years after
    /// the academic year it is unreadable, and the file's arrival time is used.
    /// </summary>
    private static bool Plausible(DateTime t, Cycle cycle)
    {
        var year = cycle.AcademicYear - 543;
        return t.Year >= year - 1 && t.Year <= year + 2;
    }

    private bool TryCycle(RawRow row, out Cycle cycle)
    {
        if (context.Options.Cycle is { } forced) { cycle = forced; return true; }
        if (HasCycleColumns)
            return Cycle.TryCreate(Number(Cell(row, _year)), Number(Cell(row, _round)), out cycle);
        cycle = context.FileCycle ?? default;
        return context.FileCycle is not null;
    }

    private bool TrySchool(RawRow row, out string school, out Reject? problem)
    {
        school = "";
        problem = null;
        var rawCode = _code >= 0 ? row[_code] : context.Options.School; // no school column: --school (a school's own export)
        if (rawCode is not null && string.Equals(rawCode, _lastSchool.Raw, StringComparison.Ordinal))
        {
            school = _lastSchool.School;
            return true;
        }
        if (!Missing.IsMissing(rawCode) || _name < 0)
        {
            if (!SchoolCode.TryNormalize(rawCode, out var code) || code is null)
                problem = new Reject(rules.SchoolCodeInvalid, sheet, row.RowNumber, "school_code", rawCode);
            else if (Resolve(code) is { } known) _lastSchool = (rawCode, school = known);
            else problem = new Reject(rules.SchoolNotInRegistry, sheet, row.RowNumber, "school_code", rawCode) { SchoolCode = code };
            return problem is null;
        }
        var name = Cell(row, _name);
        if (Missing.IsMissing(name))
        {
            problem = new Reject(rules.SchoolCodeInvalid, sheet, row.RowNumber, "school_code", rawCode);
            return false;
        }
        var found = _registry.ResolveByName(name!, Cell(row, _district), out var ambiguous);
        if (found is not null) { context.Schools.Add(school = found); return true; }
        problem = new Reject(ambiguous ? rules.SchoolNameAmbiguous : rules.SchoolNameUnmatched, sheet, row.RowNumber, "school_name", name);
        return false;
    }

    /// <summary>Rows of one school repeat the same submission time: parse each distinct text once.</summary>
    private DateTime? ParseTime(string? raw)
    {
        if (!string.Equals(raw, _lastTime.Raw, StringComparison.Ordinal))
            _lastTime = (raw, DateTimeParser.TryParse(raw, out var time) ? time : null);
        return _lastTime.Parsed;
    }

    /// <summary>The registry's code, resolved once per code written (a file in no school order asks on every row).</summary>
    private string? Resolve(string code)
    {
        if (_schoolByRawCode.TryGetValue(code, out var known)) return known;
        _schoolByRawCode[code] = known = _registry.Resolve(code);
        if (known is not null) context.Schools.Add(known);
        return known;
    }

    private static long? Number(string? raw) => NumberParser.TryParseInteger(raw, out var value) ? value : null;
}
