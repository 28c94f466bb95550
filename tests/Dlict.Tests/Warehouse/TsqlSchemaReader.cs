using System.Reflection;
using Dlict.Warehouse;
using Dlict.Warehouse.SqlServer;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Dlict.Tests.Warehouse;

/// <summary>One parse error, located in the script as a person would look for it.</summary>
public sealed record TsqlParseFailure(string Script, int Line, int Column, string Message)
{
    public override string ToString() => $"{Script} line {Line}, column {Column}: {Message}";
}

/// <summary>Parses the embedded T-SQL migrations with ScriptDom and reads tables and views from the syntax tree.</summary>
public static class TsqlSchemaReader
{
    public static Assembly MigrationsAssembly => typeof(SqlServerWarehouse).Assembly;

    public static IReadOnlyList<TsqlBatch> Batches() =>
        ScriptCatalogue.Read(MigrationsAssembly).SelectMany(s => TsqlBatches.Split(s.Name, s.Sql)).ToList();

    public static TSqlFragment Parse(TsqlBatch batch, List<TsqlParseFailure> failures)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(batch.Sql);
        var fragment = parser.Parse(reader, out var errors);
        failures.AddRange(errors.Select(e => new TsqlParseFailure(batch.Script, batch.StartLine + e.Line - 1, e.Column, e.Message)));
        return fragment;
    }

    public static SchemaModel ReadScripts()
    {
        var failures = new List<TsqlParseFailure>();
        var model = new SchemaModel();
        foreach (var batch in Batches())
        {
            var fragment = Parse(batch, failures);
            if (fragment is not TSqlScript script) continue;
            foreach (var statement in script.Batches.SelectMany(b => b.Statements))
            {
                switch (statement)
                {
                    case CreateTableStatement table:
                        model.Tables[table.SchemaObjectName.BaseIdentifier.Value] = table.Definition.ColumnDefinitions
                            .Select(c => new ColumnInfo(c.ColumnIdentifier.Value, Family(c.DataType), TypeName(c.DataType)))
                            .ToList();
                        break;
                    case CreateViewStatement view:
                        model.Views[view.SchemaObjectName.BaseIdentifier.Value] = view.Columns.Count > 0
                            ? view.Columns.Select(c => c.Value).ToList()
                            : OutputColumns(view.SelectStatement.QueryExpression, view.SchemaObjectName.BaseIdentifier.Value);
                        break;
                }
            }
        }
        if (failures.Count > 0)
            throw new InvalidOperationException("T-SQL does not parse:\n" + string.Join("\n", failures));
        return model;
    }

    /// <summary>The names of the outermost query: through parentheses, and the first branch of a UNION names the columns.</summary>
    public static List<string> OutputColumns(QueryExpression query, string view) => query switch
    {
        QuerySpecification spec => spec.SelectElements.Select(e => ElementName(e, view)).ToList(),
        BinaryQueryExpression binary => OutputColumns(binary.FirstQueryExpression, view),
        QueryParenthesisExpression parenthesis => OutputColumns(parenthesis.QueryExpression, view),
        _ => throw new NotSupportedException($"{view}: query of type {query.GetType().Name}"),
    };

    private static string ElementName(SelectElement element, string view) => element switch
    {
        SelectScalarExpression { ColumnName: not null } named => named.ColumnName.Value,
        SelectScalarExpression { Expression: ColumnReferenceExpression column } => column.MultiPartIdentifier.Identifiers[^1].Value,
        _ => throw new NotSupportedException($"{view}: a view column needs a name or alias ({element.GetType().Name}); SELECT * is not allowed"),
    };

    public static TypeFamily Family(DataTypeReference type) => type is SqlDataTypeReference sql
        ? sql.SqlDataTypeOption switch
        {
            SqlDataTypeOption.Int or SqlDataTypeOption.BigInt or SqlDataTypeOption.SmallInt or SqlDataTypeOption.TinyInt or SqlDataTypeOption.Bit => TypeFamily.Integer,
            SqlDataTypeOption.NVarChar or SqlDataTypeOption.VarChar or SqlDataTypeOption.NChar or SqlDataTypeOption.Char => TypeFamily.Text,
            SqlDataTypeOption.Date or SqlDataTypeOption.DateTime2 or SqlDataTypeOption.DateTime or SqlDataTypeOption.DateTimeOffset => TypeFamily.Date,
            SqlDataTypeOption.Decimal or SqlDataTypeOption.Numeric or SqlDataTypeOption.Float or SqlDataTypeOption.Real => TypeFamily.Decimal,
            SqlDataTypeOption.Binary or SqlDataTypeOption.VarBinary => TypeFamily.Binary,
            _ => TypeFamily.Other,
        }
        : TypeFamily.Other;

    private static string TypeName(DataTypeReference type) => type.Name.BaseIdentifier.Value;
}
