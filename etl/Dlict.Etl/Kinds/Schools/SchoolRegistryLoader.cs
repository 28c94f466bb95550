using Dapper;
using Dlict.Etl.Loading;
using Dlict.Etl.Reading;
using Dlict.Etl.Sources;
using Dlict.Etl.Validation;
using Dlict.Etl.Values;
using Dlict.Warehouse;

namespace Dlict.Etl.Kinds.Schools;

/// <summary>
/// Kind <c>schools</c>: the registry as a type-2 slowly changing dimension. A school's first version is valid
/// from the beginning of time; a changed name, district, cluster, DLTV flag or status opens a new version from
/// the file's as-of date. A school missing from a file is not closed by its absence.
/// </summary>
public sealed class SchoolRegistryLoader : IKindLoader
{
    public const string BeginningOfTime = "1900-01-01";
    public const string EndOfTime = "9999-12-31";
    private const string TitleAsOf = "ข้อมูล ณ วันที่";

    public KindSchema Schema => KindCatalogue.Schools;

    public SheetLoad Load(LoadContext context, HeaderMatch header, IReadOnlyList<RawRow> aboveHeader, IEnumerable<RawRow> rows, string? sheet)
    {
        var fileAsOf = context.Options.AsOf ?? AsOfFromTitle(aboveHeader) ?? DateOnly.FromDateTime(context.File.ReceivedAt);
        var reader = new SchoolRowReader(header, sheet, fileAsOf);
        var current = CurrentVersions(context);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var newSchools = new List<object?[]>();
        long loaded = 0, dataRows = 0;
        foreach (var row in rows)
        {
            if (row.IsBlank) continue;
            dataRows++;
            if (reader.Read(row, context.Rejects.Add) is not { } school) continue;
            if (!seen.Add(school.Code))
            {
                context.Rejects.Add(new Reject(Rules.DuplicateSchool, sheet, row.RowNumber, "school_code", school.Code) { SchoolCode = school.Code });
                continue;
            }
            if (current.ContainsKey(school.Code)) Apply(context, current, school, sheet);
            else newSchools.Add(FirstVersion(context, school));
            loaded++;
        }
        context.Warehouse.BulkInsert(context.Transaction, "dim_school", InsertColumns, newSchools);
        return new SheetLoad(loaded, dataRows, []);
    }

    private static void Apply(LoadContext context, Dictionary<string, (long Key, DateOnly From, SchoolVersion Version)> current, SchoolRow school, string? sheet)
    {
        var tx = context.Transaction;
        var existing = current[school.Code];
        var next = existing.Version.With(school);
        if (school.Smis is not null)
            context.Connection.Execute("UPDATE dim_school SET smis_code = @Smis WHERE school_code = @Code", new { school.Smis, school.Code }, tx);
        if (next == existing.Version) return;
        if (school.AsOf < existing.From)
        {
            context.Rejects.Add(new Reject(Rules.OlderThanRegistry, sheet, school.RowNumber, "as_of", Iso.Date(school.AsOf)) { SchoolCode = school.Code });
            return;
        }
        if (school.AsOf == existing.From)
        {
            context.Connection.Execute(
                "UPDATE dim_school SET school_name = @Name, district = @District, subdistrict = @Subdistrict, cluster = @Cluster, dltv = @dltv, status = @Status WHERE school_key = @key",
                new { next.Name, next.District, next.Subdistrict, next.Cluster, dltv = next.Dltv ? 1 : 0, next.Status, key = existing.Key }, tx);
            current[school.Code] = existing with { Version = next };
            return;
        }
        context.Connection.Execute("UPDATE dim_school SET valid_to = @asOf, is_current = 0 WHERE school_key = @key",
            new { asOf = Iso.Date(school.AsOf), key = existing.Key }, tx);
        current[school.Code] = (Insert(context, school, next, Iso.Date(school.AsOf)), school.AsOf, next);
    }

    private static readonly string[] InsertColumns =
        ["school_code", "smis_code", "school_name", "district", "subdistrict", "cluster", "dltv", "status", "valid_from", "valid_to", "is_current", "etl_file_id"];

    /// <summary>A school seen for the first time: one version valid from the beginning of time (bulk-inserted).</summary>
    private static object?[] FirstVersion(LoadContext context, SchoolRow s) =>
        [s.Code, s.Smis, s.Name, s.District, s.Subdistrict, s.Cluster, s.Dltv == true ? 1 : 0, s.Status ?? "open", BeginningOfTime, EndOfTime, 1, context.FileId];

    private static long Insert(LoadContext context, SchoolRow school, SchoolVersion v, string validFrom) =>
        context.Connection.ExecuteScalar<long>(
            context.Warehouse.Dialect.InsertReturningId("dim_school", "school_key",
                "school_code, smis_code, school_name, district, subdistrict, cluster, dltv, status, valid_from, valid_to, is_current, etl_file_id",
                "@Code, @Smis, @Name, @District, @Subdistrict, @Cluster, @dltv, @Status, @validFrom, @validTo, 1, @fileId"),
            new
            {
                school.Code,
                school.Smis,
                v.Name,
                v.District,
                v.Subdistrict,
                v.Cluster,
                dltv = v.Dltv ? 1 : 0,
                v.Status,
                validFrom,
                validTo = EndOfTime,
                fileId = context.FileId,
            },
            context.Transaction);

    private static Dictionary<string, (long Key, DateOnly From, SchoolVersion Version)> CurrentVersions(LoadContext context) =>
        context.Connection.Query<(long Key, string Code, string Name, string? District, string? Subdistrict, string? Cluster, long Dltv, string Status, DateOnly From)>(
                "SELECT school_key, school_code, school_name, district, subdistrict, cluster, CASE WHEN dltv = 1 THEN 1 ELSE 0 END, status, valid_from FROM dim_school WHERE is_current = 1",
                transaction: context.Transaction)
            .ToDictionary(r => r.Code, r => (r.Key, r.From, new SchoolVersion(r.Name, r.District, r.Subdistrict, r.Cluster, r.Dltv == 1, r.Status)), StringComparer.Ordinal);

    private static DateOnly? AsOfFromTitle(IReadOnlyList<RawRow> aboveHeader)
    {
        foreach (var cell in aboveHeader.SelectMany(r => r.Cells))
        {
            var text = ThaiText.Clean(cell);
            var at = text?.IndexOf(TitleAsOf, StringComparison.Ordinal) ?? -1;
            if (at >= 0 && DateParser.TryParse(text![(at + TitleAsOf.Length)..].Trim(), out var date) && date is not null) return date;
        }
        return null;
    }
}
