using System.Text;
using Dlict.Etl.Values;

namespace Dlict.Demo;

/// <summary>
/// New Thai 13-digit citizen IDs (check digit from <see cref="CitizenId.CheckDigit"/>, the loader's own rule) and
/// G-codes for the demo's students without one.
/// </summary>
public static class CitizenIds
{
    public static bool IsGCode(string id) => id.Length == 13 && id[0] == 'G' && AsciiDigits.Only(id.AsSpan(1));

    /// <summary>A new valid ID of a person registered at birth in Udon Thani (1 41xx …).</summary>
    internal static string Next(Random rng, HashSet<string> used)
    {
        while (true)
        {
            var sb = new StringBuilder("141");
            for (var i = 3; i < 12; i++) sb.Append((char)('0' + rng.Next(10)));
            sb.Append((char)('0' + CitizenId.CheckDigit(sb.ToString())));
            var id = sb.ToString();
            if (used.Add(id)) return id;
        }
    }

    internal static string NextGCode(Random rng, HashSet<string> used)
    {
        while (true)
        {
            var sb = new StringBuilder("G");
            for (var i = 0; i < 12; i++) sb.Append((char)('0' + rng.Next(10)));
            var id = sb.ToString();
            if (used.Add(id)) return id;
        }
    }

    /// <summary>The same ID with a wrong last digit.</summary>
    internal static string WithWrongCheckDigit(string id, Random rng) =>
        id[..12] + (char)('0' + (id[12] - '0' + 1 + rng.Next(9)) % 10);
}
