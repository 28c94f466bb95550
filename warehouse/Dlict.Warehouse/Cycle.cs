using System.Globalization;
using System.Text.RegularExpressions;

namespace Dlict.Warehouse;

/// <summary>
/// A data cycle (รอบการส่งข้อมูล): academic year in BE and round 1–3, written <c>2568/1</c>. The one cycle type of the
/// ETL, the CLI and the reports; the warehouse stores it as <see cref="Key"/> in dim_cycle.
/// </summary>
public readonly partial record struct Cycle(int AcademicYear, int Round)
{
    /// <summary>The integer key used in the warehouse: 25681.</summary>
    public int Key => AcademicYear * 10 + Round;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{AcademicYear}/{Round}");

    /// <summary><c>2568-1</c>, for file names.</summary>
    public string FileTag => string.Create(CultureInfo.InvariantCulture, $"{AcademicYear}-{Round}");

    /// <summary><c>ปีการศึกษา 2568 รอบ 1</c>, for titles and page headers.</summary>
    public string ThaiLabel => string.Create(CultureInfo.InvariantCulture, $"ปีการศึกษา {AcademicYear} รอบ {Round}");

    /// <summary>
    /// The fiscal year (BE, 1 Oct – 30 Sep) the cycle falls in: round 1 (June) in the fiscal year of the academic year's
    /// number, rounds 2 (November) and 3 (March) in the next one. 2568/1 → 2568, 2568/2 and 2568/3 → 2569.
    /// </summary>
    public int FiscalYear => Round == 1 ? AcademicYear : AcademicYear + 1;

    /// <summary>The same round of the previous academic year.</summary>
    public Cycle PreviousYear => this with { AcademicYear = AcademicYear - 1 };

    public static Cycle FromKey(int key) => new(key / 10, key % 10);

    public static bool TryCreate(long? academicYear, long? round, out Cycle cycle)
    {
        cycle = default;
        if (academicYear is null || round is null) return false;
        var year = academicYear.Value < 2400 ? academicYear.Value + 543 : academicYear.Value; // a CE year given by mistake
        if (year is < 2550 or > 2700 || round is < 1 or > 3) return false;
        cycle = new Cycle((int)year, (int)round.Value);
        return true;
    }

    /// <summary>Parses <c>2568/1</c>, <c>2568-1</c> or <c>2568_1</c>.</summary>
    public static bool TryParse(string? text, out Cycle cycle)
    {
        cycle = default;
        var match = text is null ? Match.Empty : Exact().Match(text.Trim());
        return match.Success && TryCreate(long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture),
            long.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture), out cycle);
    }

    /// <summary>As <see cref="TryParse"/>, or an <see cref="ArgumentException"/> in Thai and English.</summary>
    public static Cycle Parse(string text) => TryParse(text, out var cycle)
        ? cycle
        : throw new ArgumentException($"รอบข้อมูลต้องเป็น ปีการศึกษา/รอบ เช่น 2568/1 / A cycle looks like 2568/1: '{text}'", nameof(text));

    [GeneratedRegex(@"^(25\d\d)\s*[/_-]\s*([1-3])$")]
    private static partial Regex Exact();
}
