using Dlict.Etl.Kinds.Submissions;
using Dlict.Etl.Loading;
using Dlict.Etl.Reading;
using Dlict.Etl.Sources;
using Dlict.Etl.Validation;
using Dlict.Etl.Values;

namespace Dlict.Etl.Kinds.Enrolment;

/// <summary>
/// Kind <c>enrolment</c>, long form (one row per school and grade) or wide DMC form (one row per school).
/// Rows stream: valid grades are buffered up to <see cref="BatchSize"/> and bulk-inserted, so memory does not grow with the file.
/// </summary>
public sealed class EnrolmentLoader : IKindLoader
{
    private const int BatchSize = 20_000;

    private static readonly string[] FactColumns = ["cycle_key", "school_code", "grade_key", "male", "female", "total", "classrooms", "file_id"];

    private static readonly IdentityRules Identity = new(Rules.EnrolmentSchoolCodeInvalid, Rules.SchoolNotInRegistry,
        Rules.SchoolNameUnmatched, Rules.SchoolNameAmbiguous, Rules.CycleInvalid, Rules.SubmittedAtUnreadable);

    public KindSchema Schema => EnrolmentKind.Schema;

    public SheetLoad Load(LoadContext context, HeaderMatch header, IReadOnlyList<RawRow> aboveHeader, IEnumerable<RawRow> rows, string? sheet)
    {
        var registry = SchoolRegistry.Load(context.Connection, context.Transaction);
        var wide = header.Layout as WideEnrolmentLayout;
        var identity = new RowIdentity(header.Columns, context, registry, sheet, Identity);
        identity.RequireCycleSource("ข้อมูล");

        var book = context.Shared(() => new SubmissionBook(context), b => b.Record());
        var totals = wide is null ? null : new WideTotals(wide, sheet);
        var cyclesSeen = new HashSet<int>();
        var facts = new List<object?[]>(BatchSize);
        long loaded = 0, dataRows = 0;

        foreach (var row in rows)
        {
            if (row.IsBlank) continue;
            dataRows++;
            if (totals is not null && totals.IsTotalsRow(row))
            {
                totals.CheckTotalsRow(row, context.Rejects.Add);
                continue;
            }
            var rowHadError = false;
            void Report(Reject r)
            {
                rowHadError |= r.Rule.Severity == Severity.Error;
                context.Rejects.Add(r);
            }

            totals?.AddSchoolRow(row, Report);
            if (!identity.TryRead(row, Report, out var school, out var cycle, out var submittedAt)) continue;
            if (cyclesSeen.Add(cycle.Key)) CycleTable.Ensure(context, cycle);
            var submission = book.Draft(cycle, school, submittedAt);

            var inputs = wide is null ? GradeInput.FromLong(row, header) : GradeInput.FromWide(row, wide);
            foreach (var input in inputs)
            {
                Reject Problem(Rule rule, string column, string? value, string? detail) =>
                    new(rule, sheet, row.RowNumber, column, value, detail) { SchoolCode = school, CycleKey = cycle.Key };

                if (!GradeName.TryNormalize(input.Grade, out var grade) || grade is null)
                {
                    Report(Problem(Rules.GradeUnknown, input.GradeColumn, input.Grade, null));
                    continue;
                }
                if (input.Figures.Check(Problem, Report, input.Names) is not { } figures) continue;
                if (!submission.TryAdd(grade, figures.Male + figures.Female))
                {
                    Report(Problem(Rules.DuplicateGrade, input.GradeColumn, grade, null));
                    continue;
                }
                book.Decide(submission);
                loaded++;
                if (!submission.Replaces) continue;
                facts.Add([cycle.Key, school, GradeName.Order(grade), figures.Male, figures.Female, figures.Male + figures.Female, figures.Rooms, context.FileId]);
                if (facts.Count >= BatchSize) Flush(context, book, facts);
            }
            if (rowHadError) submission.RejectedRows++;
        }
        Flush(context, book, facts);
        return new SheetLoad(loaded, dataRows, cyclesSeen.Order().Select(k => Dlict.Warehouse.Cycle.FromKey(k).ToString()).ToList());
    }

    private static void Flush(LoadContext context, SubmissionBook book, List<object?[]> facts)
    {
        book.DeleteReplacedFacts();
        context.Warehouse.BulkInsert(context.Transaction, "fact_enrolment", FactColumns, facts);
        facts.Clear();
    }
}
