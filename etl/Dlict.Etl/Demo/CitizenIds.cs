using System.Text;

namespace Dlict.Etl.Demo;

/// <summary>Thai 13-digit citizen IDs: d13 = (11 − Σ_{i=1..12} d_i·(14−i) mod 11) mod 10; and G-codes for students without one.</summary>
public static class CitizenIds
{
    public static int CheckDigit(ReadOnlySpan<char> first12)
    {
        var sum = 0;
        for (var i = 0; i < 12; i++) sum += (first12[i] - '0') * (13 - i);
        return (11 - sum % 11) % 10;
    }

    public static bool IsValid(string id) =>
        id.Length == 13 && id.All(char.IsAsciiDigit) && CheckDigit(id.AsSpan(0, 12)) == id[12] - '0';

    public static bool IsGCode(string id) => id.Length == 13 && id[0] == 'G' && id.Skip(1).All(char.IsAsciiDigit);

    /// <summary>A new valid ID of a person registered at birth in Udon Thani (1 41xx …).</summary>
    internal static string Next(Random rng, HashSet<string> used)
    {
        while (true)
        {
            var sb = new StringBuilder("141");
            for (var i = 3; i < 12; i++) sb.Append((char)('0' + rng.Next(10)));
            sb.Append((char)('0' + CheckDigit(sb.ToString())));
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
