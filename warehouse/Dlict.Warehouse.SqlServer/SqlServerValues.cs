namespace Dlict.Warehouse.SqlServer;

/// <summary>How CLR values reach SqlBulkCopy: DateOnly as DateTime (for <c>date</c>), bool as bit, null as DBNull.</summary>
public static class SqlServerValues
{
    public static object ToDb(object? value) => value switch
    {
        null => DBNull.Value,
        DateOnly d => d.ToDateTime(TimeOnly.MinValue),
        bool b => b,
        _ => value,
    };
}
