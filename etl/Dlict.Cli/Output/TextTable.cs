using System.Globalization;

namespace Dlict.Cli.Output;

/// <summary>A plain aligned table for the terminal; widths count Thai vowel and tone marks as zero-width.</summary>
public sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public int RowCount => _rows.Count;

    public TextTable Add(params string[] cells)
    {
        _rows.Add(cells);
        return this;
    }

    public void Write(TextWriter output)
    {
        var widths = headers.Select((h, i) => _rows.Select(r => Width(r.ElementAtOrDefault(i) ?? "")).Append(Width(h)).Max()).ToArray();
        output.WriteLine(Line(headers, widths));
        output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in _rows) output.WriteLine(Line(row, widths));
    }

    private static string Line(string[] cells, int[] widths) =>
        string.Join("  ", widths.Select((w, i) => Pad(cells.ElementAtOrDefault(i) ?? "", w))).TrimEnd();

    private static string Pad(string text, int width)
    {
        var padding = new string(' ', Math.Max(0, width - Width(text)));
        return IsNumber(text) ? padding + text : text + padding;
    }

    private static bool IsNumber(string text) => text.Length > 0 && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out _);

    public static int Width(string text) => text.Count(c => CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format));
}
