using System.Globalization;
using System.Text;

namespace Dlict.Demo;

/// <summary>Builds a delimited text file line by line and knows each line's number as the user sees it (1-based).</summary>
internal sealed class DelimitedFile(char delimiter = ',', string newline = "\r\n")
{
    private readonly StringBuilder _text = new();

    public int Lines { get; private set; }

    public char Delimiter => delimiter;

    /// <summary>Appends one row and returns its line number.</summary>
    public int Row(params object?[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0) _text.Append(delimiter);
            _text.Append(Quote(Cell(cells[i])));
        }
        _text.Append(newline);
        return ++Lines;
    }

    public void Save(string path, Encoding encoding, DateTime lastWrite)
    {
        var preamble = encoding.GetPreamble();
        var body = encoding.GetBytes(_text.ToString());
        using (var stream = File.Create(path))
        {
            stream.Write(preamble);
            stream.Write(body);
        }
        File.SetLastWriteTime(path, lastWrite);
    }

    private static string Cell(object? value) => value switch
    {
        null => "",
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private string Quote(string cell) =>
        cell.IndexOfAny([delimiter, '"', '\n', '\r']) >= 0 ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell;
}

/// <summary>The encodings the demo files use.</summary>
internal static class DemoEncodings
{
    public static readonly Encoding Utf8Bom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public static Encoding Windows874
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(874);
        }
    }
}
