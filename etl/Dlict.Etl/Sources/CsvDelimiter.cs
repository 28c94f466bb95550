using System.Text;

namespace Dlict.Etl.Sources;

/// <summary>
/// Picks <c>,</c> <c>;</c> or tab from the first lines: for each candidate the most common non-zero count per line
/// (outside quotes) times the number of lines having it; title rows above the header have few delimiters and lose.
/// </summary>
internal static class CsvDelimiter
{
    private const int SampleLines = 20;
    private static readonly char[] Candidates = [',', ';', '\t'];

    public static char Detect(FileSource source, Encoding encoding)
    {
        var lines = new List<string>(SampleLines);
        using (var reader = TextFileProbe.OpenReader(source, encoding, 4096))
        {
            string? line;
            while (lines.Count < SampleLines && (line = reader.ReadLine()) is not null)
            {
                if (line.Length > 0)
                {
                    lines.Add(line);
                }
            }
        }

        var best = ',';
        var bestScore = 0;
        foreach (var candidate in Candidates)
        {
            var score = Score(lines, candidate);
            if (score > bestScore)
            {
                (best, bestScore) = (candidate, score);
            }
        }

        return best;
    }

    private static int Score(List<string> lines, char delimiter)
    {
        var frequency = new Dictionary<int, int>();
        foreach (var line in lines)
        {
            var count = CountOutsideQuotes(line, delimiter);
            if (count > 0)
            {
                frequency[count] = frequency.GetValueOrDefault(count) + 1;
            }
        }

        return frequency.Count == 0 ? 0 : frequency.Max(kv => kv.Key * kv.Value);
    }

    private static int CountOutsideQuotes(string line, char delimiter)
    {
        var count = 0;
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == delimiter && !quoted)
            {
                count++;
            }
        }

        return count;
    }
}
