using Dapper;
using Dlict.Etl.Kinds.Operations;
using Dlict.Etl.Loading;
using Dlict.Etl.Reading;
using Dlict.Etl.Sources;
using Dlict.Etl.Validation;
using Dlict.Warehouse;

namespace Dlict.Etl.Kinds.Supervision;

/// <summary>
/// Kind <c>supervision</c>: supervision and monitoring visits (แบบบันทึกนิเทศ กำกับ ติดตาม), one per school and day,
/// rated 1–5. The supervisor is stored only as a keyed hash; a file with supervisor ids needs the hash key.
/// </summary>
public sealed class SupervisionLoader : IKindLoader
{
    private static readonly string[] FactColumns = ["school_code", "visit_date", "topic", "rating", "finding", "supervisor_key", "file_id"];
    private static readonly Dictionary<string, string> Topics = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dltv"] = "dltv",
        ["digital"] = "digital",
        ["other"] = "other",
        ["ดิจิทัล"] = "digital",
        ["เทคโนโลยีดิจิทัล"] = "digital",
        ["อื่นๆ"] = "other",
        ["อื่น ๆ"] = "other",
    };

    public KindSchema Schema => SupervisionKind.Schema;

    public SheetLoad Load(LoadContext context, HeaderMatch header, IReadOnlyList<RawRow> aboveHeader, IEnumerable<RawRow> rows, string? sheet)
    {
        var key = header.IndexOf("supervisor_id") is null ? null : PersonHash.RequireKey(context);
        var registry = SchoolRegistry.Load(context.Connection, context.Transaction);
        var persons = LookupKeys.Persons(context);
        var seen = new HashSet<(string, DateOnly)>();

        object?[]? Read(FieldReader f)
        {
            var school = f.School("school_code", registry, Rules.SupervisionSchoolInvalid, Rules.SupervisionSchoolUnknown);
            var date = f.Date("visit_date", Rules.VisitDateUnreadable, required: true);
            var rating = f.Integer("rating", Rules.RatingOutOfRange, required: true, min: 1, max: 5);
            var supervisor = key is null ? null : f.PersonHash("supervisor_id", key, Rules.SupervisorInvalid, required: false);
            string? topic = null;
            if (f.Text("topic") is { } text && !Topics.TryGetValue(text, out topic))
            {
                f.Fail(Rules.TopicUnknown, "topic");
                topic = "other";
            }
            if (f.Failed || school is null || date is null || rating is null) return null;
            if (!seen.Add((school, date.Value)))
            {
                f.Fail(Rules.VisitDuplicate, "visit_date");
                return null;
            }
            return [school, date.Value, topic, rating, f.Text("finding"), supervisor is null ? null : persons.KeyOf(supervisor), context.FileId];
        }

        void Write(IReadOnlyList<object?[]> batch)
        {
            context.Connection.Execute("DELETE FROM fact_supervision WHERE school_code = @s AND visit_date = @d",
                batch.Select(r => new { s = r[0], d = Iso.Date((DateOnly)r[1]!) }), context.Transaction);
            context.Warehouse.BulkInsert(context.Transaction, "fact_supervision", FactColumns, batch);
        }

        return RowLoop.Run(context, header, rows, sheet, Read, Write);
    }
}
