using Dlict.Etl.Loading;
using Dlict.Etl.Privacy;
using Dlict.Etl.Reading;
using Dlict.Etl.Sources;
using Dlict.Etl.Validation;
using Dlict.Etl.Values;

namespace Dlict.Etl.Kinds.Operations;

/// <summary>
/// Reads the typed cells of one row of an operations kind; every problem goes to the reject sink with its rule,
/// and an error marks the row <see cref="Failed"/> (the caller then skips it).
/// </summary>
public sealed class FieldReader(HeaderMatch header, string? sheet, RawRow row, Action<Reject> report)
{
    public bool Failed { get; private set; }

    public int RowNumber => row.RowNumber;

    /// <summary>The school the row is about, once known: attached to every later reject.</summary>
    public string? SchoolCode { get; private set; }

    public string? Raw(string column) => header.IndexOf(column) is { } i ? row[i] : header.Given.GetValueOrDefault(column);

    public bool Has(string column) => header.IndexOf(column) is not null || header.Given.ContainsKey(column);

    /// <summary>Cleaned text, or null when missing.</summary>
    public string? Text(string column) => Missing.IsMissing(Raw(column)) ? null : ThaiText.Clean(Raw(column));

    public string? RequiredText(string column, Rule rule)
    {
        var text = Text(column);
        if (text is null) Fail(rule, column);
        return text;
    }

    public DateOnly? Date(string column, Rule rule, bool required)
    {
        if (!DateParser.TryParse(Raw(column), out var date) || (required && date is null)) Fail(rule, column);
        return date;
    }

    public DateTime? DateTime(string column, Rule rule, bool required)
    {
        if (!DateTimeParser.TryParse(Raw(column), out var time) || (required && time is null)) Fail(rule, column);
        return time;
    }

    /// <summary>A whole number in [min, max]; missing is null (and a failure when required).</summary>
    public long? Integer(string column, Rule rule, bool required, long min = 0, long max = long.MaxValue)
    {
        if (!NumberParser.TryParseInteger(Raw(column), out var value) || (required && value is null) || value < min || value > max)
        {
            Fail(rule, column);
            return null;
        }
        return value;
    }

    public decimal? Decimal(string column, Rule rule)
    {
        if (!NumberParser.TryParseDecimal(Raw(column), out var value) || value < 0)
        {
            Fail(rule, column);
            return null;
        }
        return value;
    }

    /// <summary>Y/N; missing is <paramref name="fallback"/>.</summary>
    public bool? Flag(string column, Rule rule, bool? fallback = null)
    {
        if (YesNo.TryParse(Raw(column), out var value)) return value ?? fallback;
        Report(rule, column);
        return fallback;
    }

    /// <summary>A school code known to the registry (10-digit, or 8-digit SMIS mapped to it).</summary>
    public string? School(string column, SchoolRegistry registry, Rule invalid, Rule unknown, bool required = true)
    {
        var raw = Raw(column);
        if (!required && Missing.IsMissing(raw)) return null;
        if (!Values.SchoolCode.TryNormalize(raw, out var code) || code is null)
        {
            Fail(invalid, column);
            return null;
        }
        if (registry.Resolve(code) is not { } known)
        {
            Fail(unknown, column);
            return null;
        }
        SchoolCode = known;
        return known;
    }

    /// <summary>A 13-digit id with a valid check digit, hashed with the key; null when missing.</summary>
    public string? PersonHash(string column, byte[] key, Rule invalid, bool required)
    {
        var raw = Raw(column);
        if (!required && Missing.IsMissing(raw)) return null;
        if (!StaffId.TryNormalize(raw, out var text))
        {
            Fail(invalid, column);
            return null;
        }
        return Loading.PersonHash.Hash(key, text!);
    }

    /// <summary>An error: the row is rejected. The value of an id column is never echoed into etl_reject.</summary>
    public void Fail(Rule rule, string column, string? detail = null)
    {
        Failed |= rule.Severity == Severity.Error;
        Report(rule, column, detail);
    }

    private void Report(Rule rule, string column, string? detail = null)
    {
        Failed |= rule.Severity == Severity.Error;
        var value = column is "person_id" or "supervisor_id" ? Masked(Raw(column)) : NameGuard.Echo(Raw(column), OutsideColumns());
        report(new Reject(rule, sheet, row.RowNumber, column, value, detail) { SchoolCode = SchoolCode });
    }

    private IEnumerable<string?> OutsideColumns()
    {
        var mapped = header.Columns.Values.ToHashSet();
        return row.Cells.Where((_, i) => !mapped.Contains(i));
    }

    /// <summary>Only the last four characters of a rejected id, so etl_reject holds no usable personal id.</summary>
    private static string? Masked(string? raw) => raw is { Length: > 4 } ? new string('*', raw.Length - 4) + raw[^4..] : raw;
}
