using System.Globalization;
using CsvHelper;
using Dlict.Cli.Output;

namespace Dlict.Cli.Sql;

/// <summary>Writes a query result as CSV (header row, InvariantCulture, ISO dates) or as an aligned text table.</summary>
public static class QueryOutput
{
    /// <summary>CSV; text cells a spreadsheet would run as formulas are neutralised unless <paramref name="raw"/>.</summary>
    public static void WriteCsv(IReadOnlyList<string> columns, IEnumerable<object?[]> rows, TextWriter output, bool raw = false)
    {
        using var csv = new CsvWriter(output, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var column in columns) csv.WriteField(CellText.ForCsv(column, raw));
        csv.NextRecord();
        foreach (var values in rows)
        {
            foreach (var value in values) csv.WriteField(CellText.ForCsv(value, raw));
            csv.NextRecord();
        }
    }

    /// <summary>An aligned table for the terminal, control characters shown escaped.</summary>
    public static void WriteTable(IReadOnlyList<string> columns, IEnumerable<object?[]> rows, TextWriter output)
    {
        var table = new TextTable(columns.Select(CellText.ForTerminal).ToArray());
        foreach (var values in rows) table.Add(values.Select(CellText.ForTerminal).ToArray());
        table.Write(output);
    }

    public static string Text(object? value) => value switch
    {
        null or DBNull => "",
        DateTime t when t.TimeOfDay == TimeSpan.Zero => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        byte[] bytes => Convert.ToHexString(bytes),
        _ => value.ToString() ?? "",
    };
}
