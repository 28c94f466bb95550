using System.Globalization;
using System.Text;
using Dlict.Reports.Workbooks;

namespace Dlict.Cli.Sql;

/// <summary>What a query cell becomes on its way out: a CSV cell a spreadsheet will not run, a terminal cell that cannot steer the terminal.</summary>
public static class CellText
{
    /// <summary>
    /// Text that a spreadsheet opening the CSV would read as a formula (<c>= + - @</c>, tab, CR first) gets a leading
    /// <c>'</c>, as the workbooks' SafeCell does; numbers are never touched (−5 stays −5).
    /// </summary>
    public static string ForCsv(object? value, bool raw)
    {
        var text = QueryOutput.Text(value);
        return !raw && value is string && (SafeCell.LooksLikeFormula(text) || text.StartsWith('\t') || text.StartsWith('\r')) ? "'" + text : text;
    }

    /// <summary>Control characters (ESC, CR, BEL, C1, bidi overrides) shown as <c>\x1B</c> / <c>\u202E</c> so that a cell cannot move the cursor or recolour the screen.</summary>
    public static string ForTerminal(object? value)
    {
        var text = QueryOutput.Text(value);
        if (!text.Any(IsHostile)) return text;
        var result = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (!IsHostile(c)) result.Append(c);
            else if (c <= 0xFF) result.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}");
            else result.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
        }
        return result.ToString();
    }

    private static bool IsHostile(char c) => char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
}
