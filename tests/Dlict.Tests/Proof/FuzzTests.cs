using System.Diagnostics;
using System.Text;
using Dlict.Etl.Loading;

namespace Dlict.Tests.Proof;

/// <summary>
/// Seeded mutations of good files (byte flips, truncations, duplicated lines, swapped columns, inserted junk) for a
/// bounded time: every ingest loads or rejects with a message, never throws, and never breaks the invariants.
/// </summary>
[Category("Proof")]
public class FuzzTests
{
    private static readonly string[] Seeds = ["valid 2568-1.csv", "thai header 2568-1.csv", "windows-874 2568-1.csv", "tab 2568-1.txt", "valid 2568-1.xlsx", "two kinds 2568-1.xlsx", "registry injection.csv"];

    [Test]
    [CancelAfter(120_000)]
    public void Mutated_files_load_or_reject_and_never_break_the_invariants()
    {
        var random = new Random(20251126);
        var budget = Stopwatch.StartNew();
        using var w = new TestWarehouse();
        w.LoadRegistry(Corpus.Registry);
        var seen = new Dictionary<FileStatus, int>();
        var n = 0;
        while (budget.Elapsed < TimeSpan.FromSeconds(20))
        {
            var seed = Seeds[random.Next(Seeds.Length)];
            var bytes = Mutate(File.ReadAllBytes(Path.Combine(Corpus.Folder, seed)), random, out var how);
            var name = $"fuzz{n++:0000} {Path.GetFileNameWithoutExtension(seed)}{Path.GetExtension(seed)}";
            w.Drop(name, bytes);
            FileOutcome outcome;
            try
            {
                outcome = w.Ingest().Files.Single();
            }
            catch (Exception e)
            {
                Assert.Fail($"{name} ({how}) threw out of Ingestor.Run: {e}");
                return;
            }
            seen[outcome.Status] = seen.GetValueOrDefault(outcome.Status) + 1;
            if (outcome.Status == FileStatus.Rejected) Assert.That(outcome.Message, Is.Not.Empty, $"{name} ({how})");
            Invariants.Hold(w);
        }
        TestContext.Out.WriteLine($"{n} mutated files: " + string.Join(", ", seen.Select(s => $"{s.Key} {s.Value}")));
        Assert.That(n, Is.GreaterThan(20));
    }

    private static byte[] Mutate(byte[] bytes, Random random, out string how)
    {
        var list = bytes.ToList();
        switch (random.Next(5))
        {
            case 0:
                var flips = random.Next(1, 6);
                for (var i = 0; i < flips && list.Count > 0; i++) list[random.Next(list.Count)] ^= (byte)(1 << random.Next(8));
                how = $"{flips} bit flips";
                break;
            case 1:
                var keep = random.Next(list.Count);
                list.RemoveRange(keep, list.Count - keep);
                how = $"truncated at {keep}";
                break;
            case 2:
                var junk = new byte[random.Next(1, 64)];
                random.NextBytes(junk);
                list.InsertRange(random.Next(list.Count), junk);
                how = $"{junk.Length} junk bytes";
                break;
            case 3:
                var lines = Encoding.UTF8.GetString(bytes).Split('\n').ToList();
                var line = random.Next(lines.Count);
                lines.Insert(line, lines[line]);
                how = $"line {line} duplicated";
                return Encoding.UTF8.GetBytes(string.Join('\n', lines));
            default:
                var rows = Encoding.UTF8.GetString(bytes).Split('\n');
                var (a, b) = (random.Next(6), random.Next(6));
                how = $"columns {a} and {b} swapped";
                return Encoding.UTF8.GetBytes(string.Join('\n', rows.Select(r => Swap(r, a, b))));
        }
        return [.. list];
    }

    private static string Swap(string row, int a, int b)
    {
        var cells = row.Split(',');
        if (a >= cells.Length || b >= cells.Length) return row;
        (cells[a], cells[b]) = (cells[b], cells[a]);
        return string.Join(',', cells);
    }
}
