using System.Data.Common;
using Dapper;
using Dlict.Warehouse.Copying;
using Microsoft.Data.SqlClient;

namespace Dlict.Warehouse.SqlServer.Copying;

/// <summary>
/// Copies every table of a SQLite warehouse into a migrated SQL Server warehouse: parents first, one transaction
/// per table, identity values kept (SqlBulkCopy KeepIdentity, then a reseed), constraints checked, and the rows
/// counted on both sides afterwards.
/// </summary>
public sealed class SqlServerCopy(IWarehouse source, SqlServerWarehouse target)
{
    public CopyPlan Plan()
    {
        using var connection = source.OpenReadOnly();
        return CopyPlan.Read(connection);
    }

    public CopyTarget Inspect(CopyPlan plan)
    {
        using var connection = (SqlConnection)target.Open();
        return CopyTarget.Inspect(connection, plan);
    }

    /// <summary>
    /// Empties the target tables that hold rows (children first, one transaction), then copies table by table.
    /// The caller refuses beforehand when <see cref="CopyTarget.Occupied"/> is not empty and --replace was not given.
    /// </summary>
    public IReadOnlyList<TableCopyResult> Run(CopyPlan plan, CopyTarget before, Action<string>? log = null)
    {
        using var from = source.OpenReadOnly();
        using var to = (SqlConnection)target.Open();
        Clear(to, plan.Tables.Reverse().Where(t => before.Rows[t.Name] > 0).Select(t => t.Name).ToList(), log);
        var results = new List<TableCopyResult>();
        foreach (var table in plan.Tables)
        {
            var copied = CopyTable(from, to, table);
            var targetRows = to.ExecuteScalar<long>(CopySql.CountRows(table.Name));
            log?.Invoke($"{table.Name}: {copied:N0} row(s) copied");
            results.Add(new TableCopyResult(table.Name, table.Rows, targetRows));
        }
        return results;
    }

    private static void Clear(SqlConnection to, IReadOnlyList<string> tables, Action<string>? log)
    {
        if (tables.Count == 0) return;
        using var transaction = to.BeginTransaction();
        foreach (var table in tables)
        {
            to.Execute(CopySql.Clear(table), transaction: transaction, commandTimeout: 0);
            log?.Invoke($"{table}: emptied");
        }
        transaction.Commit();
    }

    private static long CopyTable(DbConnection from, SqlConnection to, CopyTable table)
    {
        using var transaction = to.BeginTransaction();
        var columns = to.Query<TargetColumn>(CopySql.TargetColumns, new { table = table.Name }, transaction)
            .ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);
        var missing = table.Columns.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
            throw new InvalidOperationException($"{table.Name}: column(s) {string.Join(", ", missing)} missing in the target.");
        var types = table.Columns.Select(c => columns[c].TypeName).ToArray();

        const SqlBulkCopyOptions options = SqlBulkCopyOptions.KeepIdentity | SqlBulkCopyOptions.KeepNulls |
                                           SqlBulkCopyOptions.CheckConstraints | SqlBulkCopyOptions.TableLock;
        long copied;
        using (var bulk = new SqlBulkCopy(to, options, transaction))
        using (var reader = new RowStreamReader(table.Columns, SourceRows.Read(from, table, types)))
        {
            bulk.DestinationTableName = StagingSql.Quote(table.Name);
            bulk.BatchSize = SqlServerWarehouse.BulkBatchSize;
            bulk.BulkCopyTimeout = 0;
            foreach (var column in table.Columns) bulk.ColumnMappings.Add(column, columns[column].Name);
            bulk.WriteToServer(reader);
            copied = reader.RowsRead;
        }
        if (table.Columns.Any(c => columns[c].IsIdentity))
            to.Execute(CopySql.Reseed(table.Name), transaction: transaction);
        transaction.Commit();
        return copied;
    }
}
