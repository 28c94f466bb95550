using Dapper;
using Dlict.Etl.Kinds.Operations;
using Dlict.Etl.Loading;
using Dlict.Etl.Reading;
using Dlict.Etl.Sources;
using Dlict.Etl.Validation;
using Dlict.Etl.Values;
using Dlict.Warehouse;

namespace Dlict.Etl.Kinds.DltvUsage;

/// <summary>
/// Kind <c>dltv_usage</c>: the DLTV usage log (แบบบันทึกผลการใช้งาน), one row per school, day and grade, bulk-loaded in
/// batches. A resent row (same school, day and grade) replaces the earlier one; only schools whose dates overlap
/// rows already stored pay for the delete.
/// </summary>
public sealed class DltvUsageLoader : IKindLoader
{
    private static readonly string[] FactColumns = ["school_code", "usage_date", "grade_key", "periods_planned", "periods_dltv", "signal_ok", "problem", "file_id"];

    public KindSchema Schema => DltvUsageKind.Schema;

    public SheetLoad Load(LoadContext context, HeaderMatch header, IReadOnlyList<RawRow> aboveHeader, IEnumerable<RawRow> rows, string? sheet)
    {
        var registry = SchoolRegistry.Load(context.Connection, context.Transaction);
        var seen = new HashSet<(string, DateOnly, int)>();

        object?[]? Read(FieldReader f)
        {
            var school = f.School("school_code", registry, Rules.UsageSchoolInvalid, Rules.UsageSchoolUnknown);
            var date = f.Date("date", Rules.UsageDateUnreadable, required: true);
            string? grade = null;
            if (!GradeName.TryNormalize(f.Raw("grade"), out grade) || grade is null) f.Fail(Rules.UsageGradeUnknown, "grade");
            var planned = f.Integer("periods_planned", Rules.PeriodsInvalid, required: true);
            var used = f.Integer("periods_dltv", Rules.PeriodsInvalid, required: true);
            var signal = f.Flag("signal_ok", Rules.SignalUnknown);
            if (f.Failed || school is null || date is null || grade is null || planned is null || used is null) return null;
            if (used > planned)
            {
                f.Fail(Rules.PeriodsOverPlanned, "periods_dltv", $"{used} > {planned}");
                return null;
            }
            var gradeKey = GradeName.Order(grade);
            if (!seen.Add((school, date.Value, gradeKey)))
            {
                f.Fail(Rules.UsageDuplicate, "grade");
                return null;
            }
            return [school, date.Value, gradeKey, planned, used, signal is { } s ? (s ? 1 : 0) : null, f.Text("problem"), context.FileId];
        }

        void Write(IReadOnlyList<object?[]> batch)
        {
            DeleteResent(context, batch);
            context.Warehouse.BulkInsert(context.Transaction, "fact_dltv_usage", FactColumns, batch);
        }

        return RowLoop.Run(context, header, rows, sheet, Read, Write);
    }

    private static void DeleteResent(LoadContext context, IReadOnlyList<object?[]> batch)
    {
        foreach (var school in batch.GroupBy(r => (string)r[0]!))
        {
            var from = Iso.Date(school.Min(r => (DateOnly)r[1]!));
            var to = Iso.Date(school.Max(r => (DateOnly)r[1]!));
            var overlap = context.Connection.ExecuteScalar<long>(
                "SELECT COUNT(*) FROM fact_dltv_usage WHERE school_code = @s AND usage_date >= @from AND usage_date <= @to",
                new { s = school.Key, from, to }, context.Transaction);
            if (overlap == 0) continue;
            context.Connection.Execute("DELETE FROM fact_dltv_usage WHERE school_code = @s AND usage_date = @d AND grade_key = @g",
                school.Select(r => new { s = school.Key, d = Iso.Date((DateOnly)r[1]!), g = r[2] }), context.Transaction);
        }
    }
}
