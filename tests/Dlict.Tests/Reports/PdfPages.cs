using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Dlict.Tests.Reports;

/// <summary>A word of a PDF page and its box in points, as poppler's <c>pdftotext -bbox-layout</c> reports it.</summary>
public sealed record PdfWord(string Text, double XMin, double YMin, double XMax, double YMax)
{
    public double Height => YMax - YMin;

    /// <summary>
    /// Two words print over each other: their boxes overlap by more than 1 pt across and by more than half the lower
    /// one's height down (two lines of one wrapped cell touch, they do not overlap by half).
    /// </summary>
    public bool Overlaps(PdfWord other) =>
        Math.Min(XMax, other.XMax) - Math.Max(XMin, other.XMin) > 1
        && Math.Min(YMax, other.YMax) - Math.Max(YMin, other.YMin) > 0.5 * Math.Min(Height, other.Height);
}

/// <summary>The words of each page of a PDF, read from <c>pdftotext -bbox-layout</c>'s XHTML.</summary>
public static partial class PdfPages
{
    /// <summary>
    /// Word boxes are a little shorter than the font size: 11 pt text in the fonts LibreOffice uses here (Carlito, TLWG)
    /// measures 10.5 pt, so 8 pt text measures 7.6 pt.
    /// </summary>
    public const double EightPointHeight = 7.6;

    public static IReadOnlyList<IReadOnlyList<PdfWord>> Read(string bboxXhtml) =>
        Page().Matches(File.ReadAllText(bboxXhtml)).Select(page => (IReadOnlyList<PdfWord>)Word().Matches(page.Value)
            .Select(w => new PdfWord(WebUtility.HtmlDecode(w.Groups["text"].Value), D(w, "x0"), D(w, "y0"), D(w, "x1"), D(w, "y1")))
            .ToList()).ToList();

    /// <summary>Pairs of words that print over each other, first <paramref name="max"/>.</summary>
    public static List<(PdfWord A, PdfWord B)> Overlapping(IReadOnlyList<PdfWord> words, int max = 5)
    {
        var found = new List<(PdfWord, PdfWord)>();
        for (var i = 0; i < words.Count && found.Count < max; i++)
            for (var j = i + 1; j < words.Count && found.Count < max; j++)
                if (words[i].Overlaps(words[j])) found.Add((words[i], words[j]));
        return found;
    }

    private static double D(Match m, string group) => double.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex("<page\\b.*?</page>", RegexOptions.Singleline)]
    private static partial Regex Page();

    [GeneratedRegex("<word xMin=\"(?<x0>[\\d.]+)\" yMin=\"(?<y0>[\\d.]+)\" xMax=\"(?<x1>[\\d.]+)\" yMax=\"(?<y1>[\\d.]+)\">(?<text>.*?)</word>")]
    private static partial Regex Word();
}
