using System.Data.Common;
using System.Globalization;
using CsvHelper;
using Dlict.Cli.Output;

namespace Dlict.Cli.Sql;

/// <summary>Writes a query result as CSV (header row, InvariantCulture, ISO dates) or as an aligned text table.</summary>
public static class QueryOutput
{
    public static int WriteCsv(DbDataReader reader, TextWriter output)
    {
        using var csv = new CsvWriter(output, CultureInfo.InvariantCulture, leaveOpen: true);
        for (var i = 0; i < reader.FieldCount; i++) csv.WriteField(reader.GetName(i));
        csv.NextRecord();
        var rows = 0;
        while (reader.Read())
        {
            for (var i = 0; i < reader.FieldCount; i++) csv.WriteField(Text(reader.GetValue(i)));
            csv.NextRecord();
            rows++;
        }
        return rows;
    }

    public static int WriteTable(DbDataReader reader, TextWriter output)
    {
        var table = new TextTable(Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray());
        while (reader.Read()) table.Add(Enumerable.Range(0, reader.FieldCount).Select(i => Text(reader.GetValue(i))).ToArray());
        table.Write(output);
        return table.RowCount;
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
