using Dlict.Reports.Workbooks;

namespace Dlict.Cli.Sql;

/// <summary>`dlict sql --format xlsx`: the result as a formatted table (the Reports project owns the formatting).</summary>
public static class QueryWorkbook
{
    /// <summary>The most data rows one sheet holds under its title and header (Excel's 1,048,576 rows in all).</summary>
    public static long MaxRows => QueryResultWorkbook.MaxDataRows;

    public static void Write(ResultRows rows, string path, string statement) => QueryResultWorkbook.Write(rows.Columns, rows, path, statement);
}
