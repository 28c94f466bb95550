using Dlict.Etl.Reading;
using Dlict.Etl.Sources;
using Dlict.Etl.Validation;
using Dlict.Etl.Values;

namespace Dlict.Etl.Kinds.Schools;

/// <summary>Reads and checks one registry row (rules SCH-001 … SCH-006).</summary>
public sealed class SchoolRowReader(HeaderMatch header, string? sheet, DateOnly fileAsOf)
{
    private const string AreaOfficePrefix = "สำนักงานเขตพื้นที่";

    /// <summary>The area office's own row (name and code as written), when the registry has one.</summary>
    public (string Name, string? Code)? Office { get; private set; }

    public SchoolRow? Read(RawRow row, Action<Reject> reject)
    {
        string? Cell(string column) => header.IndexOf(column) is { } i ? row[i] : null;
        Reject Problem(Rule rule, string column) => new(rule, sheet, row.RowNumber, column, Cell(column));

        var name = ThaiText.Clean(Cell("school_name"));
        if (name is not null && name.StartsWith(AreaOfficePrefix, StringComparison.Ordinal))
        {
            reject(Problem(Rules.NotASchool, "school_name"));
            Office = (name, ThaiText.Clean(Cell("school_code")));
            return null;
        }
        if (!SchoolCode.TryNormalize(Cell("school_code"), out var code) || code is null)
        {
            reject(Problem(Rules.SchoolCodeInvalid, "school_code"));
            return null;
        }
        if (name is null)
        {
            reject(Problem(Rules.SchoolNameMissing, "school_name") with { SchoolCode = code });
            return null;
        }

        string? smis = null;
        if (!Missing.IsMissing(Cell("smis_code")) && !(SchoolCode.TryNormalize(Cell("smis_code"), out smis) && smis?.Length == 8))
        {
            reject(Problem(Rules.SmisCodeInvalid, "smis_code") with { SchoolCode = code });
            smis = null;
        }

        bool? dltv = null;
        if (!YesNo.TryParse(Cell("dltv"), out dltv)) reject(Problem(Rules.DltvUnknown, "dltv") with { SchoolCode = code });

        string? status = null;
        if (ThaiText.Clean(Cell("status")) is { } statusText && !Missing.IsMissing(statusText))
        {
            status = SchoolStatus.Parse(statusText);
            if (status is null)
            {
                reject(Problem(Rules.StatusUnknown, "status") with { SchoolCode = code });
                status = "open";
            }
        }

        var asOf = DateParser.TryParse(Cell("as_of"), out var rowAsOf) && rowAsOf is { } d ? d : fileAsOf;
        return new SchoolRow(code, smis, name, Text(Cell("district")), Text(Cell("subdistrict")), Text(Cell("cluster")), dltv, status, asOf, row.RowNumber);
    }

    private static string? Text(string? raw) => Missing.IsMissing(raw) ? null : ThaiText.Clean(raw);
}
