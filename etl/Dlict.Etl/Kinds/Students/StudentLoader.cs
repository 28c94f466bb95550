using Dlict.Etl.Kinds.Submissions;
using Dlict.Etl.Loading;
using Dlict.Etl.Privacy;
using Dlict.Etl.Reading;
using Dlict.Etl.Sources;
using Dlict.Etl.Validation;
using Dlict.Warehouse;

namespace Dlict.Etl.Kinds.Students;

/// <summary>
/// Kind <c>students</c>: one row per student. Name columns are never read; IDs are stored only as keyed hashes
/// (a bad ID's reject shows a masked value). Rows are read, checked and hashed on a second thread
/// (<see cref="RosterLineReader"/>, <see cref="ReadAhead"/>) while this one writes them through an
/// <see cref="ITableAppender"/>, so memory holds an 8-byte hash per student (for duplicates within a school), not the file.
/// </summary>
public sealed class StudentLoader : IKindLoader
{
    private static readonly string[] FactColumns = ["cycle_key", "school_code", "student_key", "id_kind_code", "grade_key", "sex_code", "birth_date_key", "file_id"];

    /// <summary>
    /// How many 512-row batches the reading thread may run ahead once rows come out of school order: about one
    /// <see cref="SchoolOrder"/> hold, which is then written at once; with <see cref="InOrderBatches"/> the reader
    /// stopped a few milliseconds into that write and the two threads took turns instead of overlapping.
    /// </summary>
    public const int ReadAheadBatches = SchoolOrder.Capacity / 512;

    /// <summary>
    /// How many batches ahead while rows come in school order (written every <see cref="SchoolOrder.InOrderRun"/>):
    /// close behind, so the rows are still in the processor's cache when written (a hold ahead cost a resubmission
    /// by school ~0.3 s of CPU a million rows).
    /// </summary>
    public const int InOrderBatches = 4;

    private static readonly IdentityRules Identity = new(Rules.StudentSchoolUnknown, Rules.StudentSchoolUnknown,
        Rules.StudentSchoolUnknown, Rules.StudentSchoolUnknown, Rules.StudentCycleInvalid, Rules.StudentSubmittedAtUnreadable);

    public KindSchema Schema => StudentsKind.Schema;

    public SheetLoad Load(LoadContext context, HeaderMatch header, IReadOnlyList<RawRow> aboveHeader, IEnumerable<RawRow> rows, string? sheet)
    {
        var registry = SchoolRegistry.Load(context.Connection, context.Transaction);
        var identity = new RowIdentity(header.Columns, context, registry, sheet, Identity);
        identity.RequireCycleSource("รายชื่อนักเรียน");

        using var keys = new StudentKey(HashKey.For(context.Options));
        var reader = new RosterLineReader(header, identity, keys, sheet, registry.CodeOrder());
        using var rewrites = context.Warehouse.RewriteByRowId(context.Transaction, "fact_student", FactColumns, unchanged: 2);
        var book = context.Shared(() => new RosterBook(context, registry.Count, rewrites is null ? null : ReplacedRows.From(context)), b => b.Record());
        using var facts = context.Warehouse.Append(context.Transaction, "fact_student", FactColumns);
        using var window = new ReadAheadWindow(InOrderBatches);
        using var held = new SchoolOrder(facts, (f, l) => Write(f, rewrites, book.InPlace, l, context.FileId), book.ReplaceDecided, () => window.Widen(ReadAheadBatches));
        var cyclesSeen = new HashSet<int>();
        long loaded = 0, dataRows = 0;

        foreach (var read in rows.Select(reader.Read).InBackground(window))
        {
            if (read is not { } line) continue;
            dataRows++;
            foreach (var problem in line.Problems) context.Rejects.Add(problem);
            if (!line.HasIdentity) continue;
            if (cyclesSeen.Add(line.Cycle.Key)) CycleTable.Ensure(context, line.Cycle);
            var roster = book.Draft(line.Cycle, line.School, line.SchoolRank, line.SubmittedAt);
            if (!line.IsStudent)
            {
                roster.RejectedRows++;
                continue;
            }
            if (!roster.Seen.Add(line.ShortKey))
            {
                context.Rejects.Add(new Reject(Rules.StudentDuplicateInSchool, sheet, line.RowNumber, "student_id", IdMask.Mask(line.Id))
                { SchoolCode = line.School, CycleKey = line.Cycle.Key });
                roster.RejectedRows++;
                continue;
            }
            book.Decide(roster);
            roster.Students++;
            loaded++;
            if (!roster.Replaces) continue;
            held.Hold(line);
            roster.Count(line.GradeKey, line.Sex);
        }
        held.Release();
        rewrites?.Flush();
        return new SheetLoad(loaded, dataRows, cyclesSeen.Order().Select(k => Dlict.Warehouse.Cycle.FromKey(k).ToString()).ToList());
    }

    /// <summary>Overwrites one of the school's replaced students where there is one left (all but cycle and school), else adds a row.</summary>
    private static void Write(ITableAppender facts, ITableAppender? rewrites, ReplacedRows? replaced, in RosterLine line, long fileId)
    {
        if (rewrites is not null && replaced is not null && replaced.TryTake(line.Cycle.Key, line.School, out var rowId))
        {
            rewrites.Set(0, rowId);
            SetFact(rewrites, 1, line, fileId);
            rewrites.Add();
            return;
        }
        SetFact(facts, 0, line, fileId);
        facts.Add();
    }

    /// <summary>The row's <see cref="FactColumns"/>, from column <paramref name="first"/> on.</summary>
    private static void SetFact(ITableAppender row, int first, in RosterLine line, long fileId)
    {
        row.Set(first, line.Cycle.Key);
        row.Set(first + 1, line.School);
        var key = line.Key;
        row.Set(first + 2, key);
        row.Set(first + 3, StudentFactCodes.IdKind(line.IdKind));
        row.Set(first + 4, line.GradeKey);
        row.Set(first + 5, StudentFactCodes.Sex(line.Sex));
        if (line.Born is { } born) row.Set(first + 6, StudentFactCodes.DateKey(born));
        else row.SetNull(first + 6);
        row.Set(first + 7, fileId);
    }
}
