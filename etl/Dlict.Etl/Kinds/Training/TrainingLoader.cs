using Dapper;
using Dlict.Etl.Kinds.Operations;
using Dlict.Etl.Loading;
using Dlict.Etl.Reading;
using Dlict.Etl.Sources;
using Dlict.Etl.Validation;

namespace Dlict.Etl.Kinds.Training;

/// <summary>
/// Kind <c>training</c>: staff digital-training attendance, one row per course and person. Person ids are stored
/// only as keyed hashes (dim_person); staff names are never read. A later file with the same course and person replaces the row.
/// </summary>
public sealed class TrainingLoader : IKindLoader
{
    private static readonly string[] FactColumns = ["course_key", "person_key", "school_code", "work_group", "position", "attended", "passed", "file_id"];

    public KindSchema Schema => TrainingKind.Schema;

    public SheetLoad Load(LoadContext context, HeaderMatch header, IReadOnlyList<RawRow> aboveHeader, IEnumerable<RawRow> rows, string? sheet)
    {
        var key = PersonHash.RequireKey(context);
        var registry = SchoolRegistry.Load(context.Connection, context.Transaction);
        var courses = context.Shared(() => new CourseKeys(context));
        var persons = LookupKeys.Persons(context);
        var seen = new HashSet<(string, string)>();

        TrainingRecord? Read(FieldReader f)
        {
            var school = f.School("school_code", registry, Rules.TrainingSchoolUnknown, Rules.TrainingSchoolUnknown, required: false);
            var group = f.Text("work_group");
            if (school is null && group is null && !f.Failed) f.Fail(Rules.TrainingUnitMissing, f.Has("school_code") ? "school_code" : "work_group");
            var code = f.RequiredText("course_code", Rules.CourseCodeMissing);
            var start = f.Date("start_date", Rules.TrainingDateUnreadable, required: true);
            var hours = f.Decimal("hours", Rules.TrainingHoursInvalid);
            var person = f.PersonHash("person_id", key, Rules.TrainingPersonInvalid, required: true);
            var attended = f.Flag("attended", Rules.TrainingFlagUnknown, fallback: true);
            var passed = f.Flag("passed", Rules.TrainingFlagUnknown);
            if (f.Failed || code is null || start is null || person is null) return null;
            if (!seen.Add((code, person)))
            {
                f.Fail(Rules.TrainingDuplicate, "person_id");
                return null;
            }
            return new TrainingRecord(code, f.Text("course_title"), start.Value, hours, person, school, group, f.Text("position"), attended ?? true, passed);
        }

        void Write(IReadOnlyList<TrainingRecord> batch)
        {
            var facts = batch.Select(r => new object?[]
            {
                courses.KeyOf(r), persons.KeyOf(r.PersonHash), r.SchoolCode, r.WorkGroup, r.Position, r.Attended ? 1 : 0,
                r.Passed is { } p ? (p ? 1 : 0) : null, context.FileId,
            }).ToList();
            context.Connection.Execute("DELETE FROM fact_training_attendance WHERE course_key = @c AND person_key = @p",
                facts.Select(f => new { c = f[0], p = f[1] }), context.Transaction);
            context.Warehouse.BulkInsert(context.Transaction, "fact_training_attendance", FactColumns, facts);
        }

        return RowLoop.Run(context, header, rows, sheet, Read, Write);
    }
}
