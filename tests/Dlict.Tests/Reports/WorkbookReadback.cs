using System.Globalization;
using System.Text;
using ExcelDataReader;

namespace Dlict.Tests.Reports;

/// <summary>A workbook read back with ExcelDataReader (independent of EPPlus, which wrote it): sheet name → rows of values.</summary>
public sealed class WorkbookReadback
{
    private readonly Dictionary<string, List<object?[]>> _sheets = new(StringComparer.Ordinal);

    static WorkbookReadback() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public WorkbookReadback(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = ExcelReaderFactory.CreateReader(stream);
        do
        {
            var rows = new List<object?[]>();
            while (reader.Read())
            {
                var row = new object?[reader.FieldCount];
                for (var i = 0; i < row.Length; i++) row[i] = reader.GetValue(i);
                rows.Add(row);
            }
            SheetNames.Add(reader.Name);
            _sheets[reader.Name] = rows;
        } while (reader.NextResult());
    }

    public List<string> SheetNames { get; } = [];

    public List<object?[]> Rows(string sheet) => _sheets[sheet];

    public bool Contains(string sheet, string text) =>
        _sheets[sheet].Any(r => r.Any(v => v is string s && s.Contains(text, StringComparison.Ordinal)));

    /// <summary>The table under the caption <paramref name="caption"/>: one dictionary (header → value) per row.</summary>
    public List<Dictionary<string, object?>> Table(string sheet, string caption)
    {
        var rows = _sheets[sheet];
        var at = rows.FindIndex(r => r.Length > 0 && Equals(r[0], caption));
        Assert.That(at, Is.GreaterThanOrEqualTo(0), $"caption '{caption}' on {sheet}");
        var header = rows[at + 1];
        var result = new List<Dictionary<string, object?>>();
        for (var i = at + 2; i < rows.Count && rows[i].Length > 0 && rows[i][0] is not null; i++)
        {
            var line = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var c = 0; c < header.Length && header[c] is string h; c++) line[h] = rows[i][c];
            result.Add(line);
        }
        return result;
    }

    /// <summary>The row of <paramref name="table"/> whose first column equals <paramref name="key"/>.</summary>
    public static Dictionary<string, object?> Row(List<Dictionary<string, object?>> table, string column, string key) =>
        table.Single(r => Equals(r[column], key));

    public static double Number(object? value) => Convert.ToDouble(value, CultureInfo.InvariantCulture);
}
