using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Dlict.Etl.Sources;

/// <summary>A delimited text file as one streaming sheet; each record's row number is the line it starts on.</summary>
internal static class CsvSheet
{
    public const int MaxColumns = 20_000;

    public static Sheet Open(string path)
    {
        var encoding = TextFileProbe.DetectEncoding(path);
        var delimiter = CsvDelimiter.Detect(path, encoding);
        return new Sheet(null, Rows(path, encoding, delimiter));
    }

    private static IEnumerable<RawRow> Rows(string path, Encoding encoding, char delimiter)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter.ToString(),
            HasHeaderRecord = false,
            IgnoreBlankLines = false,
            BadDataFound = null,
            MissingFieldFound = null,
            MaxFieldSize = TextFileProbe.MaxLineBytes,
            BufferSize = 64 * 1024,
        };
        using var reader = TextFileProbe.OpenReader(path, encoding, 64 * 1024);
        using var parser = new CsvParser(reader, config);
        var lastLine = 0;
        while (Read(path, parser))
        {
            var count = parser.Count;
            var firstLine = lastLine + 1;
            lastLine = parser.RawRow;
            if (count > MaxColumns)
            {
                throw SourceFileProblem.TooManyColumns(path, firstLine, count);
            }

            var cells = new string?[count];
            for (var i = 0; i < count; i++)
            {
                var field = parser[i];
                cells[i] = field.Length == 0 ? null : field;
            }

            yield return new RawRow(firstLine, cells);
        }
    }

    private static bool Read(string path, CsvParser parser)
    {
        try
        {
            return parser.Read();
        }
        catch (CsvHelperException ex)
        {
            throw SourceFileProblem.UnreadableText(path, ex);
        }
    }
}
