using Dapper;
using Dlict.Etl.Loading;
using Dlict.Warehouse;

namespace Dlict.Etl.Kinds.Training;

/// <summary>dim_course: a course is described by the first row of it in a file; a later file updates title, date and hours.</summary>
public sealed class CourseKeys(LoadContext context)
{
    private readonly Dictionary<string, long> _keys = new(StringComparer.Ordinal);

    public long KeyOf(TrainingRecord r)
    {
        if (_keys.TryGetValue(r.CourseCode, out var key)) return key;
        var args = new { code = r.CourseCode, title = r.CourseTitle, start = Iso.Date(r.StartDate), hours = r.Hours, file = context.FileId };
        var existing = context.Connection.ExecuteScalar<long?>("SELECT course_key FROM dim_course WHERE course_code = @code", args, context.Transaction);
        if (existing is { } k)
        {
            context.Connection.Execute(
                "UPDATE dim_course SET course_title = COALESCE(@title, course_title), start_date = @start, hours = COALESCE(@hours, hours), etl_file_id = @file WHERE course_key = @k",
                new { args.title, args.start, args.hours, args.file, k }, context.Transaction);
            key = k;
        }
        else
        {
            key = context.Connection.ExecuteScalar<long>(
                context.Warehouse.Dialect.InsertReturningId("dim_course", "course_key", "course_code, course_title, start_date, hours, etl_file_id",
                    "@code, @title, @start, @hours, @file"), args, context.Transaction);
        }
        _keys[r.CourseCode] = key;
        return key;
    }
}
