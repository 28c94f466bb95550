using System.Globalization;

namespace Dlict.Reports.Workbooks;

/// <summary>
/// How wide a value prints, in Excel column-width units (the width of a Calibri 11 digit). EPPlus's AutoFit measures
/// Thai with Latin metrics and leaves Thai text and dates running into the next cell; here Thai vowel and tone marks
/// above and below the line take no width and every other Thai letter a little more than a digit.
/// </summary>
public static class TextWidth
{
    /// <summary>A column never wider than this: longer text wraps.</summary>
    public const double MaxColumn = 40;

    /// <summary>
    /// The widest a sheet's columns may be together and still print at 8 pt or more on A4 landscape fitted to one page
    /// wide: 271 mm between 12.7 mm margins is about 146 units at 100 %, and 8.25 / 11 pt is 75 %.
    /// </summary>
    public const double PageBudget = 185;

    public static double Of(string? text)
    {
        if (string.IsNullOrEmpty(text)) return 0;
        double width = 0;
        foreach (var c in text)
            width += c switch
            {
                '\u0E31' or (>= '\u0E34' and <= '\u0E3A') or (>= '\u0E47' and <= '\u0E4E') => 0,
                >= '\u0E00' and <= '\u0E7F' => 1.05,
                ' ' => 0.6,
                _ when char.IsUpper(c) => 1.3,
                _ => 1.05,
            };
        return width;
    }

    /// <summary>The printed text of a cell value in <paramref name="format"/> (<c>#,##0</c>, <c>0.0</c>) or as is.</summary>
    public static string Printed(object? value, string? format) => value switch
    {
        null => "",
        string text => text,
        IFormattable number when format is not null => number.ToString(format, CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>The width a wrapped header needs: about half its length (two lines), at least 8, at most all of it.</summary>
    public static double Header(string header) => Math.Min(Of(header), Math.Max(Of(header) / 2 + 1, 8));
}
