using Dlict.Etl.Validation;
using Dlict.Etl.Values;

namespace Dlict.Etl.Kinds.Enrolment;

/// <summary>
/// The four figures of one grade (ชาย, หญิง, รวม, ห้อง) as text, and their checks: whole numbers ≥ 0,
/// male and female present, total = male + female, students with no classroom is a warning.
/// </summary>
public sealed record GradeFigures(string? Male, string? Female, string? Total, string? Rooms)
{
    public bool IsEmpty => Missing.IsMissing(Male) && Missing.IsMissing(Female) && Missing.IsMissing(Total) && Missing.IsMissing(Rooms);

    /// <summary>Checks the figures; returns (male, female, rooms) or null after reporting each problem.</summary>
    public (int Male, int Female, int? Rooms)? Check(Func<Rule, string, string?, string?, Reject> problem, Action<Reject> report, ColumnNames names)
    {
        var ok = true;
        long? Count(string? raw, string column)
        {
            if (NumberParser.TryParseInteger(raw, out var value) && value is null or (>= 0 and <= 1_000_000)) return value;
            report(problem(Rules.CountInvalid, column, raw, null));
            ok = false;
            return null;
        }

        var male = Count(Male, names.Male);
        var female = Count(Female, names.Female);
        var total = Count(Total, names.Total);
        var rooms = Count(Rooms, names.Rooms);
        if (!ok) return null;
        if (male is null || female is null)
        {
            report(problem(Rules.CountMissing, male is null ? names.Male : names.Female, male is null ? Male : Female, null));
            return null;
        }
        if (total is not null && total != male + female)
        {
            report(problem(Rules.TotalMismatch, names.Total, Total, $"{male} + {female} = {male + female}"));
            return null;
        }
        if (rooms == 0 && male + female > 0) report(problem(Rules.NoClassrooms, names.Rooms, Rooms, null));
        return ((int)male, (int)female, rooms is null ? null : (int)rooms);
    }

    /// <summary>How the figures' columns are named in this file (for the reject's column).</summary>
    public sealed record ColumnNames(string Male, string Female, string Total, string Rooms)
    {
        public static readonly ColumnNames Long = new("male", "female", "total", "classrooms");

        public static ColumnNames Wide(string grade) => new($"{grade} ชาย", $"{grade} หญิง", $"รวม{grade}", $"{grade} ห้อง");
    }
}
