using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Dlict.Etl;
using Dlict.Etl.Sources;

namespace Dlict.Tests.Etl.Sources;

/// <summary>
/// CSV rows are split by Dlict's own reader while the quoting is plain, and by CsvHelper from the first unusual
/// record on: either way every row must be exactly what CsvHelper alone reads (cells and line numbers).
/// </summary>
public class CsvRecordsTests
{
    [Test]
    public void Plain_and_cleanly_quoted_rows_are_split_as_CsvHelper_splits_them()
    {
        var rows = Read("a,b,c\r\n" +
                        "1041010001,\"บ้าน, หนองบัว\",\"say \"\"hi\"\"\"\n" +
                        "\n" +
                        "x,\"two\r\nlines\",\n" +
                        "last,,\"\"");

        Assert.That(rows, Is.EqualTo(new[]
        {
            "1: a|b|c",
            "2: 1041010001|บ้าน, หนองบัว|say \"hi\"",
            "3: ∅",
            "4: x|two\r\nlines|∅",
            "6: last|∅|∅",
        }));
    }

    [Test]
    public void After_a_row_with_unusual_quoting_CsvHelper_reads_on_and_line_numbers_carry_on()
    {
        const string text = "h1,h2\nok,\"multi\nline\"\nbad \"quote,x\nab\"cd\"ef,y\nafter,z\r\rcr,only\n";

        Assert.That(Read(text), Is.EqualTo(Reference(text)));
        Assert.That(Read(text)[^1], Does.StartWith("8: cr|only"));
    }

    [Test]
    public void Random_texts_read_as_CsvHelper_reads_them()
    {
        string[] pieces = ["a", "ก", "12", " ", ",", ",", ",", "\"", "\"\"", "\n", "\r\n", "\r", "\"q,\"", "\"x\ny\"", "\"\"\"\"", "x\"y", "\"open"];
        var random = new Random(2568);
        var compared = 0;
        for (var n = 0; n < 1500; n++)
        {
            var text = new StringBuilder("h1,h2,h3\n");
            for (var k = random.Next(1, 40); k > 0; k--) text.Append(pieces[random.Next(pieces.Length)]);
            List<string> mine;
            try
            {
                mine = Read(text.ToString());
            }
            catch (FileRejectedException)
            {
                continue; // the file checks refused it before any row was split: nothing to compare
            }
            Assert.That(mine, Is.EqualTo(Reference(text.ToString())), $"case {n}: {Escape(text.ToString())}");
            compared++;
        }
        Assert.That(compared, Is.GreaterThan(1000));
    }

    [Test]
    public void Rows_that_cross_the_reading_buffer_read_as_CsvHelper_reads_them()
    {
        // Several times the 64K-character buffer, with quoted fields and line ends falling on its edges; the second
        // text turns unusual near its end, so CsvHelper takes over from a buffer that has been refilled.
        string[] fields = ["1041010001", "ก", "", "\"q,\"", "\"x\r\ny\"", "\"\"\"\"", new string('ข', 3000), "\"" + new string('ค', 5000) + "\""];
        string[] ends = ["\n", "\r\n", "\r"];
        var random = new Random(7);
        var text = new StringBuilder("h1,h2\n");
        while (text.Length < 400_000)
        {
            text.AppendJoin(',', Enumerable.Range(0, random.Next(1, 6)).Select(_ => fields[random.Next(fields.Length)]));
            text.Append(ends[random.Next(ends.Length)]);
        }
        var clean = text.ToString();
        var unusual = clean + "x\"y\n" + clean[..10_000];

        Assert.That(Read(clean), Is.EqualTo(Reference(clean)));
        Assert.That(Read(unusual), Is.EqualTo(Reference(unusual)));
    }

    private static List<string> Read(string text)
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "t.csv");
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return TabularFile.Open(path).Single().Rows.Select(r => Show(r.RowNumber, r.Cells)).ToList();
    }

    /// <summary>CsvHelper alone, configured as CsvSheet configures it.</summary>
    private static List<string> Reference(string text)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = false,
            IgnoreBlankLines = false,
            BadDataFound = null,
            MissingFieldFound = null,
        };
        using var parser = new CsvParser(new StringReader(text), config);
        var (rows, last) = (new List<string>(), 0);
        while (parser.Read())
        {
            var first = last + 1;
            last = parser.RawRow;
            rows.Add(Show(first, Enumerable.Range(0, parser.Count).Select(i => parser[i].Length == 0 ? null : parser[i]).ToArray()));
        }
        return rows;
    }

    private static string Show(int line, string?[] cells) => $"{line}: {string.Join("|", cells.Select(c => c ?? "∅"))}";

    private static string Escape(string text) => text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
