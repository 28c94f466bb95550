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

    public KindSchema Schema => SchoolsKind.Schema;

    public SheetLoad Load(LoadContext context, HeaderMatch header, IReadOnlyList<RawRow> aboveHeader, IEnumerable<RawRow> rows, string? sheet)
    {
        var fileAsOf = context.Options.AsOf ?? AsOfFromTitle(aboveHeader) ?? DateOnly.FromDateTime(context.File.ReceivedAt);
        var reader = new SchoolRowReader(header, sheet, fileAsOf);
        var current = CurrentVersions(context);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var changes = new RegistryChanges(context.FileId);
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
            if (current.TryGetValue(school.Code, out var existing)) Apply(context, changes, existing, school, sheet);
            else changes.AddFirstVersion(school);
            loaded++;
        }
        changes.Write(context);
        if (reader.Office is { } office) RecordOffice(context, office.Name, office.Code);
        return new SheetLoad(loaded, dataRows, []);
    }

    /// <summary>What a row changes about a school we know; the writes are collected and made set-based at the end.</summary>
    private static void Apply(LoadContext context, RegistryChanges changes, CurrentSchool existing, SchoolRow school, string? sheet)
    {
        if (school.Smis is not null && school.Smis != existing.Smis) changes.SetSmis(school.Code, school.Smis);
        var next = existing.Version.With(school);
        if (next == existing.Version) return;
        if (school.AsOf < existing.From)
            context.Rejects.Add(new Reject(Rules.OlderThanRegistry, sheet, school.RowNumber, "as_of", Iso.Date(school.AsOf)) { SchoolCode = school.Code });
        else if (school.AsOf == existing.From)
            changes.Rewrite(existing.Key, next);
        else
            changes.Supersede(existing.Key, school, school.Smis ?? existing.Smis, next);
    }

    /// <summary>Keeps the area office's name (v_office) so the reports can name the office without dlict.json.</summary>
    private static void RecordOffice(LoadContext context, string name, string? code)
    {
        var args = new { name, code, seen = Iso.DateTime(context.File.ReceivedAt), file = context.FileId };
        context.Connection.Execute("DELETE FROM dim_office WHERE office_name = @name", args, context.Transaction);
        context.Connection.Execute(
            "INSERT INTO dim_office (office_name, office_code, last_seen_at, etl_file_id) VALUES (@name, @code, @seen, @file)", args, context.Transaction);
    }

    private static Dictionary<string, CurrentSchool> CurrentVersions(LoadContext context) =>
        context.Connection.Query<(long Key, string Code, string? Smis, string Name, string? District, string? Subdistrict, string? Cluster, long Dltv, string Status, DateOnly From)>(
                "SELECT school_key, school_code, smis_code, school_name, district, subdistrict, cluster, CASE WHEN dltv = 1 THEN 1 ELSE 0 END, status, valid_from FROM dim_school WHERE is_current = 1",
                transaction: context.Transaction)
            .ToDictionary(r => r.Code, r => new CurrentSchool(r.Key, r.Smis, r.From, new SchoolVersion(r.Name, r.District, r.Subdistrict, r.Cluster, r.Dltv == 1, r.Status)), StringComparer.Ordinal);

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
