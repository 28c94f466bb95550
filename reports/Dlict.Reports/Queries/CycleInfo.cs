using System.Data.Common;
using System.Globalization;
using Dapper;

namespace Dlict.Reports.Queries;

/// <summary>A data cycle (<c>2568/1</c>): academic year (BE) and round; read from v_enrolment.</summary>
public sealed record CycleInfo(string Cycle, int AcademicYear, int Round)
{
    public string ThaiLabel => string.Create(CultureInfo.InvariantCulture, $"ปีการศึกษา {AcademicYear} รอบ {Round}");

    /// <summary>
    /// The fiscal year (BE, 1 Oct – 30 Sep) the cycle falls in: round 1 (June) in the fiscal year of the academic year's
    /// number, rounds 2 (November) and 3 (March) in the next one. 2568/1 → 2568, 2568/2 and 2568/3 → 2569.
    /// </summary>
    public int FiscalYear => Round == 1 ? AcademicYear : AcademicYear + 1;

    /// <summary>The same round of the previous academic year.</summary>
    public CycleInfo PreviousYear => Of(AcademicYear - 1, Round);

    public static CycleInfo Of(int academicYear, int round) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{academicYear}/{round}"), academicYear, round);

    public static CycleInfo Parse(string cycle)
    {
        var parts = cycle.Split('/');
        if (parts.Length != 2 || !int.TryParse(parts[0], CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var round))
            throw new ArgumentException($"รอบข้อมูลต้องเป็น ปีการศึกษา/รอบ เช่น 2568/1 / A cycle looks like 2568/1: '{cycle}'", nameof(cycle));
        return Of(year, round);
    }

    /// <summary>The latest cycle that has enrolment data, or null when the warehouse has none.</summary>
    public static CycleInfo? Latest(DbConnection connection)
    {
        var rows = connection.Query<(long Year, long Round)>(
            "SELECT academic_year AS Year, round AS Round FROM v_enrolment GROUP BY academic_year, round").ToList();
        if (rows.Count == 0) return null;
        var latest = rows.MaxBy(r => r.Year * 10 + r.Round);
        return Of((int)latest.Year, (int)latest.Round);
    }
}
