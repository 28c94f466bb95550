namespace Dlict.Cli.Sql;

/// <summary>Checks an analyst's statement by the rules of the engine it will run on, before any connection is opened.</summary>
public static class StatementCheck
{
    /// <summary>Null when the statement may run on <paramref name="provider"/>; otherwise why not (Thai and English).</summary>
    public static string? Refusal(string provider, string sql) => provider == "sqlserver"
        ? TsqlReadOnlyStatement.Refusal(sql)
        : ReadOnlyStatement.Refusal(sql);
}
