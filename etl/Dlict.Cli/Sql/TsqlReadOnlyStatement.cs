using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Dlict.Cli.Sql;

/// <summary>
/// The SQL Server rules for <c>dlict sql</c>: the text is parsed with ScriptDom (T-SQL's own grammar, so nested
/// comments, <c>]]</c> in brackets and statements without <c>;</c> are read as the server reads them) and must be
/// exactly one <c>SELECT</c> (CTEs allowed) without <c>INTO</c>, without rowset functions that reach outside the
/// warehouse and without <c>NEXT VALUE FOR</c> (which advances a sequence).
/// </summary>
public static class TsqlReadOnlyStatement
{
    /// <summary>Null when the statement may run; otherwise why not (Thai and English).</summary>
    public static string? Refusal(string sql)
    {
        if (string.IsNullOrWhiteSpace(sql)) return "ไม่มีคำสั่ง SQL / no SQL statement given";
        using var text = new StringReader(sql);
        var fragment = new TSql160Parser(initialQuotedIdentifiers: true).Parse(text, out var errors);
        if (errors.Count > 0)
            return $"อ่านคำสั่ง T-SQL ไม่ได้ (บรรทัด {errors[0].Line}) / cannot parse the T-SQL (line {errors[0].Line}): {errors[0].Message}";
        var statements = ((TSqlScript)fragment).Batches.SelectMany(b => b.Statements).ToList();
        if (statements.Count == 0) return "ไม่มีคำสั่ง SQL / no SQL statement given";
        if (statements.Count > 1) return "รับได้ครั้งละหนึ่งคำสั่งเท่านั้น / only one statement at a time";
        if (statements[0] is not SelectStatement select)
            return "รับได้เฉพาะคำสั่ง SELECT หรือ WITH … SELECT / only SELECT or WITH … SELECT statements are allowed";
        if (select.Into is not null)
            return "คำสั่งอ่านอย่างเดียว ห้ามใช้ 'INTO' / read-only: 'INTO' is not allowed";
        var outside = new OutsideReach();
        select.Accept(outside);
        return outside.Found is null ? null : $"คำสั่งอ่านอย่างเดียว ห้ามใช้ '{outside.Found}' / read-only: '{outside.Found}' is not allowed";
    }

    /// <summary>Finds the parts of a SELECT that read files or other servers, or change state.</summary>
    private sealed class OutsideReach : TSqlFragmentVisitor
    {
        public string? Found { get; private set; }

        public override void Visit(OpenRowsetTableReference node) => Found ??= "OPENROWSET";

        public override void Visit(BulkOpenRowset node) => Found ??= "OPENROWSET";

        public override void Visit(InternalOpenRowset node) => Found ??= "OPENROWSET";

        public override void Visit(OpenQueryTableReference node) => Found ??= "OPENQUERY";

        public override void Visit(AdHocTableReference node) => Found ??= "OPENDATASOURCE";

        public override void Visit(OpenXmlTableReference node) => Found ??= "OPENXML";

        public override void Visit(NextValueForExpression node) => Found ??= "NEXT VALUE FOR";

        public override void Visit(SelectSetVariable node) => Found ??= "SELECT @variable =";
    }
}
