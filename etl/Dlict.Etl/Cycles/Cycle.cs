using System.Globalization;
using System.Text.RegularExpressions;

namespace Dlict.Etl.Cycles;

/// <summary>A data cycle (รอบการส่งข้อมูล): academic year in BE and round 1–3, written <c>2568/1</c>.</summary>
public readonly partial record struct Cycle(int AcademicYear, int Round)
{
    /// <summary>The integer key used in the warehouse: 25681.</summary>
    public int Key => AcademicYear * 10 + Round;

    public override string ToString() => $"{AcademicYear}/{Round}";

    /// <summary><c>2568-1</c>, for file names.</summary>
    public string FileTag => $"{AcademicYear}-{Round}";

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

    /// <summary>Finds a cycle in a file name: <c>…2568-1…</c>, <c>2568_1</c>, <c>2568/1</c>, <c>ปี2568 รอบ1</c>, Thai digits too.</summary>
    public static bool TryFindInName(string fileName, out Cycle cycle)
    {
        cycle = default;
        var name = Values.ThaiText.Clean(fileName) ?? "";
        var match = InName().Match(name);
        if (!match.Success) match = ThaiWords().Match(name);
        return match.Success && TryCreate(long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture),
            long.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture), out cycle);
    }

    [GeneratedRegex(@"^(25\d\d)\s*[/_-]\s*([1-3])$")]
    private static partial Regex Exact();

    [GeneratedRegex(@"(?<!\d)(25\d\d)[/_-]([1-3])(?!\d)")]
    private static partial Regex InName();

    [GeneratedRegex(@"(?:ปี|ปีการศึกษา)\s*(25\d\d)\D{0,3}?(?:รอบ|ครั้งที่)\s*([1-3])(?!\d)")]
    private static partial Regex ThaiWords();
}
