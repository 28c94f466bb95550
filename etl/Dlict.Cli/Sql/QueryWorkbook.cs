using System.Data.Common;
using Dlict.Reports.Workbooks;

namespace Dlict.Cli.Sql;

/// <summary>`dlict sql --format xlsx`: the result as a formatted table (the Reports project owns the formatting).</summary>
public static class QueryWorkbook
{
    public static void Write(DbDataReader reader, string path, string statement) => QueryResultWorkbook.Write(reader, path, statement);
}
