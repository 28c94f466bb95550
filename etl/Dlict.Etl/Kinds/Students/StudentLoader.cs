using Dlict.Etl.Kinds.Enrolment;
using Dlict.Etl.Loading;
using Dlict.Etl.Privacy;
using Dlict.Etl.Reading;
using Dlict.Etl.Sources;
using Dlict.Etl.Validation;
using Dlict.Etl.Values;

namespace Dlict.Etl.Kinds.Students;

/// <summary>
/// Kind <c>students</c>: one row per student. Name columns are never read; IDs are stored only as keyed hashes
/// (a bad ID's reject shows a masked value). Rows stream in batches of <see cref="BatchSize"/>, so memory holds
/// only a 16-byte hash per student (for duplicates within a school), not the file.
/// </summary>
public sealed class StudentLoader : IKindLoader
{
    private const int BatchSize = 50_000;

    private static readonly string[] FactColumns = ["cycle_key", "school_code", "student_key", "id_kind", "grade_key", "sex", "birth_date", "file_id"];

    public KindSchema Schema => KindCatalogue.Students;

    public SheetLoad Load(LoadContext context, HeaderMatch header, IReadOnlyList<RawRow> aboveHeader, IEnumerable<RawRow> rows, string? sheet)
    {
        var registry = SchoolRegistry.Load(context.Connection, context.Transaction);
        var identity = new RowIdentity(header.Columns, context, registry, sheet);
        identity.RequireCycleSource("รายชื่อนักเรียน");

        using var keys = new StudentKey(HashKey.For(context.Options));
        var book = context.Shared(() => new RosterBook(context), b => b.Record());
        var cyclesSeen = new HashSet<int>();
        var facts = new List<object?[]>(BatchSize);
        var (idColumn, gradeColumn, sexColumn, birthColumn) =
            (header.IndexOf("student_id")!.Value, header.IndexOf("grade")!.Value, header.IndexOf("sex")!.Value, header.IndexOf("birth_date"));
        long loaded = 0, dataRows = 0;

        foreach (var row in rows)
        {
            if (row.IsBlank) continue;
            dataRows++;
            var rowHadError = false;
            void Report(Reject r)
            {
                rowHadError |= r.Rule.Severity == Severity.Error;
                context.Rejects.Add(r.Rule == Rules.SchoolNotInRegistry || r.Rule == Rules.EnrolmentSchoolCodeInvalid ? r with { Rule = Rules.StudentSchoolUnknown } : r);
            }

            if (!identity.TryRead(row, Report, out var school, out var cycle, out var submittedAt)) continue;
            if (cyclesSeen.Add(cycle.Key)) CycleTable.Ensure(context, cycle);
            var roster = book.Draft(cycle, school, submittedAt);
            Reject Problem(Rule rule, string column, string? value) =>
                new(rule, sheet, row.RowNumber, column, value) { SchoolCode = school, CycleKey = cycle.Key };

            var (id, idKind, idProblem) = StudentId.Read(row[idColumn]);
            if (idProblem is not null) Report(Problem(idProblem, "student_id", IdMask.Mask(row[idColumn])));
            if (!GradeName.TryNormalize(row[gradeColumn], out var grade) || grade is null) Report(Problem(Rules.StudentGradeUnknown, "grade", row[gradeColumn]));
            var sex = Sex.Normalize(row[sexColumn]);
            if (sex is null) Report(Problem(Rules.StudentSexUnknown, "sex", row[sexColumn]));
            DateOnly? born = null;
            if (birthColumn is { } b && !Missing.IsMissing(row[b]))
            {
                if (DateParser.TryParse(row[b], out var d)) born = d;
                else Report(Problem(Rules.StudentBirthDateUnreadable, "birth_date", row[b]));
            }
            if (rowHadError || id is null || grade is null || sex is null)
            {
                roster.RejectedRows++;
                continue;
            }

            var (hex, shortKey) = keys.Of(id);
            if (!roster.Seen.Add(shortKey))
            {
                Report(Problem(Rules.StudentDuplicateInSchool, "student_id", IdMask.Mask(id)));
                roster.RejectedRows++;
                continue;
            }
            book.Decide(roster);
            roster.Students++;
            loaded++;
            if (!roster.Replaces) continue;
            facts.Add([cycle.Key, school, hex, idKind, GradeName.Order(grade), sex, born, context.FileId]);
            if (facts.Count >= BatchSize) Flush(context, book, facts);
        }
        Flush(context, book, facts);
        return new SheetLoad(loaded, dataRows, cyclesSeen.Order().Select(k => Cycles.Cycle.FromKey(k).ToString()).ToList());
    }

    private static void Flush(LoadContext context, RosterBook book, List<object?[]> facts)
    {
        book.DeleteReplacedStudents();
        context.Warehouse.BulkInsert(context.Transaction, "fact_student", FactColumns, facts);
        facts.Clear();
        context.Rejects.Flush();
    }
}
