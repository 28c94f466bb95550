using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Dlict.Etl.Sources;

/// <summary>A delimited text file as one streaming sheet; each record's row number is the line it starts on.</summary>
internal static class CsvSheet
{
    public const int MaxColumns = 20_000;

    public static Sheet Open(FileSource source)
    {
        var encoding = TextFileProbe.DetectEncoding(source);
        var delimiter = CsvDelimiter.Detect(source, encoding);
        return Streaming(source.DisplayName, () => TextFileProbe.OpenReader(source, encoding, 64 * 1024), delimiter);
    }

    /// <summary>The sheet of a file taken to be UTF-8, read through <paramref name="bytes"/> (which stays open).</summary>
    public static Sheet OpenUtf8(FileSource source, CheckedTextStream bytes)
    {
        var utf8 = new UTF8Encoding(true);
        var delimiter = CsvDelimiter.Detect(source, utf8);
        return Streaming(source.DisplayName, () => new StreamReader(bytes, utf8, false, 64 * 1024, leaveOpen: true), delimiter);
    }

    private static Sheet Streaming(string path, Func<TextReader> open, char delimiter)
    {
        var unread = new UnreadColumns();
        return new Sheet(null, Rows(path, open, delimiter, unread)) { Unread = unread };
    }

    private static IEnumerable<RawRow> Rows(string path, Func<TextReader> open, char delimiter, UnreadColumns unread)
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
        using var reader = open();
        var records = new CsvRecords(reader, delimiter, TextFileProbe.MaxLineBytes, unread);
        foreach (var (line, cells) in records.Read())
            yield return Row(path, line, cells);
        if (records.Fallback is not { } rest) yield break;

        // From the first record with unusual quoting on, CsvHelper reads the rest (line numbers carry on).
        using var parser = new CsvParser(rest.Text, config);
        var lastLine = rest.Line - 1;
        while (Read(path, parser))
        {
            var firstLine = lastLine + 1;
            lastLine = rest.Line - 1 + parser.RawRow;
            var cells = new string?[parser.Count];
            for (var i = 0; i < cells.Length; i++)
            {
                var field = parser[i];
                cells[i] = unread.Contains(i) ? UnreadColumns.Cell(field) : field.Length == 0 ? null : field;
            }
            yield return Row(path, firstLine, cells);
        }
    }

    private static RawRow Row(string path, int line, string?[] cells) =>
        cells.Length > MaxColumns ? throw SourceFileProblem.TooManyColumns(path, line, cells.Length) : new RawRow(line, cells);

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
