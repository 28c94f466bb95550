using System.Globalization;
using System.Text.RegularExpressions;
using Dlict.Warehouse;

namespace Dlict.Etl.Cycles;

/// <summary>
/// The cycle a file's name gives (<c>…2568-1…</c>, <c>ปี2568 รอบ1</c>, Thai digits too): the ETL's hint, read with its
/// Thai text cleaning, on top of the one cycle parser of <see cref="Cycle"/>.
/// </summary>
public static partial class CycleInName
{
    extension(Cycle)
    {
        /// <summary>Finds a cycle in a file name: <c>…2568-1…</c>, <c>2568_1</c>, <c>2568/1</c>, <c>ปี2568 รอบ1</c>, Thai digits too.</summary>
        public static bool TryFindInName(string fileName, out Cycle cycle)
        {
            cycle = default;
            var name = Values.ThaiText.Clean(fileName) ?? "";
            var match = InName().Match(name);
            if (!match.Success) match = ThaiWords().Match(name);
            return match.Success && Cycle.TryCreate(long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture),
                long.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture), out cycle);
        }
    }

    [GeneratedRegex(@"(?<!\d)(25\d\d)[/_-]([1-3])(?!\d)")]
    private static partial Regex InName();

    [GeneratedRegex(@"(?:ปี|ปีการศึกษา)\s*(25\d\d)\D{0,3}?(?:รอบ|ครั้งที่)\s*([1-3])(?!\d)")]
    private static partial Regex ThaiWords();
}
