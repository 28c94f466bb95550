using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using OfficeOpenXml;

namespace Dlict.Reports.Workbooks;

/// <summary>
/// The body of tables too long for EPPlus's cell store. A national completeness workbook lists 30,000 schools and
/// every reject: EPPlus took 2–4 s to fill and save those cells one by one. Here EPPlus still lays out every sheet
/// (titles, headers, filters, conditional colours, print setup) and saves it; the plain rows are then streamed
/// straight into the sheet XML. Values follow <see cref="SafeCell"/>: a value that needs a cell style (text that
/// looks like a formula, a date) or is empty text is written by EPPlus through SafeCell and merged into its row.
/// A row's height (<see cref="SetHeight"/>) goes into its row tag here too: EPPlus rows made only to carry a height
/// cost ~2.5 s for 30,000 schools (each laid out, saved, then parsed and merged).
/// </summary>
public sealed partial class StreamedRows
{
    private sealed class Line(int row, object?[] values)
    {
        public int Row { get; } = row;
        public object?[] Values { get; } = values;
        public double? Height { get; set; }
    }

    private readonly Dictionary<string, List<Line>> _bySheet = new(StringComparer.Ordinal);

    /// <summary>Rows from <paramref name="firstRow"/> down, one value per column from A; returns the last row used.</summary>
    public int Add(ExcelWorksheet sheet, int firstRow, IEnumerable<object?[]> rows)
    {
        if (!_bySheet.TryGetValue(sheet.Name, out var streamed)) _bySheet[sheet.Name] = streamed = [];
        var row = firstRow - 1;
        foreach (var values in rows)
        {
            row++;
            var plain = values;
            for (var c = 0; c < values.Length; c++)
            {
                if (RowXml.CanStream(values[c])) continue;
                // This cell needs EPPlus (a style, or empty text): it is written through SafeCell and merged back into the row on saving.
                if (ReferenceEquals(plain, values)) plain = (object?[])values.Clone();
                SafeCell.Set(sheet.Cells[row, c + 1], values[c]);
                plain[c] = null;
            }
            streamed.Add(new Line(row, plain));
        }
        return row;
    }

    /// <summary>Row <paramref name="row"/>, added before on <paramref name="sheet"/>, prints <paramref name="height"/> points high (its text wraps).</summary>
    public void SetHeight(ExcelWorksheet sheet, int row, double height)
    {
        var streamed = _bySheet.GetValueOrDefault(sheet.Name) ?? throw new ArgumentException($"no rows were added to {sheet.Name}", nameof(sheet));
        // Rows are added in order from their first row down, so a row's place is its distance from the first.
        var index = streamed.Count == 0 ? -1 : row - streamed[0].Row;
        if (index < 0 || index >= streamed.Count || streamed[index].Row != row)
            throw new ArgumentOutOfRangeException(nameof(row), $"row {row} of {sheet.Name} was not added");
        streamed[index].Height = height;
    }

    /// <summary>Saves <paramref name="package"/> to <paramref name="path"/> with the streamed rows in their sheets.</summary>
    public void SaveAs(ExcelPackage package, string path)
    {
        using var laidOut = new MemoryStream();
        package.SaveAs(laidOut);
        laidOut.Position = 0;
        using var source = new ZipArchive(laidOut, ZipArchiveMode.Read);
        var parts = SheetParts(source);
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        using var target = new ZipArchive(new FileStream(full, FileMode.Create, FileAccess.Write), ZipArchiveMode.Create);
        foreach (var entry in source.Entries)
        {
            using var from = entry.Open();
            using var to = target.CreateEntry(entry.FullName, System.IO.Compression.CompressionLevel.Fastest).Open();
            if (parts.TryGetValue(entry.FullName, out var rows)) WriteSheet(from, to, rows);
            else from.CopyTo(to);
        }
    }

    /// <summary>The zip entry of each sheet with streamed rows, from xl/workbook.xml and its relationships.</summary>
    private Dictionary<string, List<Line>> SheetParts(ZipArchive source)
    {
        XNamespace main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        XNamespace r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        XNamespace rels = "http://schemas.openxmlformats.org/package/2006/relationships";
        XDocument Load(string name)
        {
            using var stream = (source.GetEntry(name) ?? throw new InvalidDataException($"EPPlus wrote no {name}")).Open();
            return XDocument.Load(stream);
        }

        var targets = Load("xl/_rels/workbook.xml.rels").Root!.Elements(rels + "Relationship")
            .ToDictionary(e => (string)e.Attribute("Id")!, e => (string)e.Attribute("Target")!, StringComparer.Ordinal);
        var parts = new Dictionary<string, List<Line>>(StringComparer.Ordinal);
        foreach (var sheet in Load("xl/workbook.xml").Descendants(main + "sheet"))
        {
            if (!_bySheet.TryGetValue((string)sheet.Attribute("name")!, out var rows)) continue;
            var part = targets[(string)sheet.Attribute(r + "id")!];
            parts[part.StartsWith('/') ? part[1..] : "xl/" + part] = rows;
        }
        return parts;
    }

    /// <summary>The sheet as EPPlus wrote it, with the streamed rows merged into sheetData in row order.</summary>
    private static void WriteSheet(Stream from, Stream to, List<Line> streamed)
    {
        string xml;
        using (var reader = new StreamReader(from, Encoding.UTF8)) xml = reader.ReadToEnd();
        var data = SheetData().Match(xml);
        if (!data.Success) throw new InvalidDataException("EPPlus wrote a sheet without sheetData");
        var laidOut = EpplusRow().Matches(data.Groups["rows"].Value)
            .Select(m => (Row: int.Parse(m.Groups["r"].Value, System.Globalization.CultureInfo.InvariantCulture), Xml: m.Value)).ToList();
        var lastRow = Math.Max(laidOut.Count > 0 ? laidOut[^1].Row : 0, streamed.Count > 0 ? streamed[^1].Row : 0);
        var lastColumn = streamed.Count > 0 ? streamed.Max(s => s.Values.Length) : 0;
        var styles = ColumnStyles(xml[..data.Index], lastColumn);

        using var writer = new StreamWriter(to, new UTF8Encoding(false), 1 << 16);
        writer.Write(Dimension(xml[..data.Index], lastRow, lastColumn));
        writer.Write("<sheetData>");
        var next = 0;
        foreach (var line in streamed)
        {
            for (; next < laidOut.Count && laidOut[next].Row < line.Row; next++) writer.Write(laidOut[next].Xml);
            RowXml.Write(writer, line.Row, line.Values, next < laidOut.Count && laidOut[next].Row == line.Row ? laidOut[next++].Xml : null, styles, line.Height);
        }
        for (; next < laidOut.Count; next++) writer.Write(laidOut[next].Xml);
        writer.Write("</sheetData>");
        writer.Write(xml[(data.Index + data.Length)..]);
    }

    /// <summary>The style index of each column's <c>&lt;col&gt;</c> (null where none), the style Excel gives a cell typed there.</summary>
    private static string?[] ColumnStyles(string head, int columns)
    {
        var styles = new string?[columns];
        foreach (Match col in ColStyle().Matches(head))
        {
            var min = int.Parse(col.Groups["min"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var max = int.Parse(col.Groups["max"].Value, System.Globalization.CultureInfo.InvariantCulture);
            for (var c = min; c <= Math.Min(max, columns); c++) styles[c - 1] = col.Groups["style"].Value;
        }
        return styles;
    }

    [GeneratedRegex("<col\\b(?=[^>]*\\bmin=\"(?<min>\\d+)\")(?=[^>]*\\bmax=\"(?<max>\\d+)\")(?=[^>]*\\bstyle=\"(?<style>\\d+)\")[^>]*>")]
    private static partial Regex ColStyle();

    /// <summary>The used range EPPlus declared, widened to the streamed rows and columns.</summary>
    private static string Dimension(string head, int lastRow, int lastColumn) => DimensionRef().Replace(head, m =>
    {
        var end = new ExcelAddress(m.Groups["ref"].Value);
        var address = ExcelCellBase.GetAddress(end.Start.Row, end.Start.Column, Math.Max(end.End.Row, lastRow), Math.Max(end.End.Column, lastColumn));
        return $"<dimension ref=\"{address}\"/>";
    }, 1);

    [GeneratedRegex("<sheetData\\s*/>|<sheetData>(?<rows>.*?)</sheetData>", RegexOptions.Singleline)]
    private static partial Regex SheetData();

    [GeneratedRegex("<row\\b[^>]*?\\br=\"(?<r>\\d+)\"[^>]*?(?:/>|>.*?</row>)", RegexOptions.Singleline)]
    private static partial Regex EpplusRow();

    [GeneratedRegex("<dimension ref=\"(?<ref>[^\"]*)\"\\s*/>")]
    private static partial Regex DimensionRef();
}
