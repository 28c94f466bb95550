using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using OfficeOpenXml;

namespace Dlict.Reports.Workbooks;

/// <summary>
/// One worksheet row as SpreadsheetML, for <see cref="StreamedRows"/>: text as inline strings, numbers as values.
/// Text is encoded as EPPlus encodes it (XML entities; control characters, U+FFFE and U+FFFF as <c>_xHHHH_</c>, lone surrogates dropped; an existing
/// <c>_xHHHH_</c> escaped as <c>_x005F_xHHHH_</c>) so it reads back exactly as written.
/// </summary>
internal static partial class RowXml
{
    private static readonly SearchValues<char> NeedsEncoding = SearchValues.Create(
        "&<>_\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\uFFFE\uFFFF" +
        string.Concat(Enumerable.Range(0xD800, 0x800).Select(c => (char)c)));

    private static readonly string[] ColumnNames = Enumerable.Range(1, 64).Select(c => ExcelCellBase.GetAddressCol(c)).ToArray();

    /// <summary>
    /// Whether SafeCell would write this value without a cell style: nothing, text that cannot be read as a formula,
    /// a finite number, a flag (1/0) or bytes (Base64 text). Anything else is left to EPPlus, and so is empty text,
    /// which EPPlus keeps as an empty string where an empty inline string would read back as a blank.
    /// </summary>
    public static bool CanStream(object? value) => value switch
    {
        null or DBNull or bool or byte[] or byte or sbyte or short or ushort or int or uint or long or ulong or decimal => true,
        string text => text.Length > 0 && !SafeCell.LooksLikeFormula(text),
        double d => double.IsFinite(d),
        float f => float.IsFinite(f),
        _ => false,
    };

    /// <summary>Row <paramref name="row"/>; <paramref name="laidOut"/> is the same row as EPPlus wrote it (cells that needed
    /// EPPlus), if any: its cells take their columns, the streamed values fill the others. <paramref name="styles"/>: the
    /// style index of each column (from its <c>&lt;col&gt;</c>), so streamed cells wrap and have borders like EPPlus's.
    /// <paramref name="height"/>: the row's height in points (custom, as EPPlus writes <c>Row(n).Height</c>), or null to keep it.</summary>
    public static void Write(TextWriter writer, int row, object?[] values, string? laidOut, IReadOnlyList<string?>? styles = null, double? height = null)
    {
        var r = row.ToString(CultureInfo.InvariantCulture);
        var epplusCells = laidOut is null ? null : LaidOutCells(laidOut);
        var tag = laidOut is null ? $"<row r=\"{r}\">" : RowTag().Match(laidOut).Value.Replace("/>", ">", StringComparison.Ordinal);
        if (height is { } points)
            tag = HeightAttribute().Replace(tag, "")[..^1] + $" ht=\"{points.ToString("R", CultureInfo.InvariantCulture)}\" customHeight=\"1\">";
        writer.Write(tag);
        for (var c = 0; c < values.Length; c++)
        {
            // A cell EPPlus wrote keeps its column, unless it is only the column's style (a row with a height): then the value goes there.
            if (epplusCells is not null && epplusCells.Remove(c, out var cell) && (values[c] is null or DBNull || !StyleOnly().IsMatch(cell)))
            {
                writer.Write(cell);
                continue;
            }
            var column = c < ColumnNames.Length ? ColumnNames[c] : ExcelCellBase.GetAddressCol(c + 1);
            var cellRef = styles is not null && c < styles.Count && styles[c] is { } style ? $"{column}{r}\" s=\"{style}" : column + r;
            switch (values[c])
            {
                case null or DBNull:
                    continue;
                case string text:
                    Text(writer, cellRef, text);
                    break;
                case byte[] bytes:
                    Text(writer, cellRef, Convert.ToBase64String(bytes));
                    break;
                case bool flag:
                    Number(writer, cellRef, flag ? "1" : "0");
                    break;
                case double d:
                    Number(writer, cellRef, d.ToString("R", CultureInfo.InvariantCulture));
                    break;
                case float f:
                    Number(writer, cellRef, ((double)f).ToString("R", CultureInfo.InvariantCulture));
                    break;
                case IConvertible number:
                    Number(writer, cellRef, number.ToString(CultureInfo.InvariantCulture));
                    break;
                default:
                    throw new ArgumentException($"cannot stream a {values[c]!.GetType().Name}; check CanStream first", nameof(values));
            }
        }
        foreach (var cell in epplusCells?.OrderBy(e => e.Key).Select(e => e.Value) ?? []) writer.Write(cell);
        writer.Write("</row>");
    }

    /// <summary>The cells of a row EPPlus wrote, by column index from 0.</summary>
    private static Dictionary<int, string> LaidOutCells(string row) => EpplusCell().Matches(row).ToDictionary(
        m => m.Groups["column"].Value.Aggregate(0, (n, letter) => n * 26 + letter - 'A' + 1) - 1, m => m.Value);

    /// <summary><paramref name="cellRef"/>: the reference (<c>B7</c>), with its style attribute when the column has one.</summary>
    private static void Number(TextWriter writer, string cellRef, string value)
    {
        writer.Write("<c r=\"");
        writer.Write(cellRef);
        writer.Write("\"><v>");
        writer.Write(value);
        writer.Write("</v></c>");
    }

    private static void Text(TextWriter writer, string cellRef, string text)
    {
        writer.Write("<c r=\"");
        writer.Write(cellRef);
        writer.Write(KeepsSpaces(text) ? "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" : "\" t=\"inlineStr\"><is><t>");
        if (text.AsSpan().IndexOfAny(NeedsEncoding) < 0) writer.Write(text);
        else Encode(writer, EscapedSequence().Replace(text, "_x005F$0"));
        writer.Write("</t></is></c>");
    }

    /// <summary>Leading or trailing blanks, runs of spaces, tabs and line breaks survive only with xml:space.</summary>
    private static bool KeepsSpaces(string text) => text.Length > 0 &&
        (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]) || text.Contains("  ", StringComparison.Ordinal) || text.AsSpan().IndexOfAny('\t', '\n', '\r') >= 0);

    /// <summary>
    /// XML entities; what XML 1.0 cannot hold as <c>_xHHHH_</c> like EPPlus (control characters, U+FFFE, U+FFFF);
    /// a surrogate without its partner is dropped (it is no character, and UTF-8 cannot encode it).
    /// </summary>
    private static void Encode(TextWriter writer, string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            switch (ch)
            {
                case '&': writer.Write("&amp;"); break;
                case '<': writer.Write("&lt;"); break;
                case '>': writer.Write("&gt;"); break;
                case < ' ' and not ('\t' or '\n' or '\r'):
                case '\uFFFE' or '\uFFFF':
                    writer.Write($"_x{(int)ch:X4}_");
                    break;
                case >= '\uD800' and <= '\uDBFF' when i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]):
                    writer.Write(ch);
                    writer.Write(text[++i]);
                    break;
                case >= '\uD800' and <= '\uDFFF': break;
                default: writer.Write(ch); break;
            }
        }
    }

    [GeneratedRegex("^<c\\b[^>]*/>$")]
    private static partial Regex StyleOnly();

    [GeneratedRegex("^<row\\b[^>]*>")]
    private static partial Regex RowTag();

    [GeneratedRegex("\\s(?:ht|customHeight)=\"[^\"]*\"")]
    private static partial Regex HeightAttribute();

    [GeneratedRegex("<c\\b[^>]*?\\br=\"(?<column>[A-Z]+)\\d+\"[^>]*?(?:/>|>.*?</c>)", RegexOptions.Singleline)]
    private static partial Regex EpplusCell();

    /// <summary>Text that a reader would decode as an escaped character (<c>_x000D_</c>) unless its underscore is escaped.</summary>
    [GeneratedRegex("_x[0-9A-Fa-f]{4}_")]
    private static partial Regex EscapedSequence();
}
