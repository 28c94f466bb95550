namespace Dlict.Warehouse.SqlServer.Copying;

/// <summary>A column of a SQL Server table as sys.columns describes it.</summary>
public sealed record TargetColumn(string Name, string TypeName, bool IsIdentity);
