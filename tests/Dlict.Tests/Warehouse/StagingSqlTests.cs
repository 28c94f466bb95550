using Dlict.Warehouse.SqlServer;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Dlict.Tests.Warehouse;

public class StagingSqlTests
{
    private static readonly string[] Columns = ["cycle_key", "school_code", "grade_key", "male", "female", "total"];

    [Test]
    public void Column_list_is_bracket_quoted_in_order()
    {
        Assert.That(StagingSql.ColumnList(["cycle_key", "rule", "value"]), Is.EqualTo("[cycle_key], [rule], [value]"));
    }

    [Test]
    public void Staging_table_is_created_empty_from_the_target_after_dropping_a_leftover()
    {
        Assert.That(StagingSql.CreateStaging("fact_enrolment", ["cycle_key", "total"]), Is.EqualTo(
            "DROP TABLE IF EXISTS #stg_fact_enrolment;\n" +
            "SELECT TOP (0) [cycle_key], [total] INTO #stg_fact_enrolment FROM [fact_enrolment];"));
    }

    [Test]
    public void Staged_rows_move_with_one_insert_select()
    {
        Assert.That(StagingSql.InsertFromStaging("fact_enrolment", ["cycle_key", "total"]), Is.EqualTo(
            "INSERT INTO [fact_enrolment] ([cycle_key], [total])\n" +
            "SELECT [cycle_key], [total] FROM #stg_fact_enrolment;"));
    }

    [TestCase("fact_enrolment; DROP TABLE dim_school")]
    [TestCase("[x]")]
    [TestCase("dbo.fact_enrolment")]
    [TestCase("")]
    public void Names_that_are_not_plain_identifiers_are_refused(string name)
    {
        Assert.Throws<ArgumentException>(() => StagingSql.CreateStaging(name, ["a"]));
        Assert.Throws<ArgumentException>(() => StagingSql.ColumnList([name]));
    }

    [Test]
    public void An_empty_column_list_is_refused()
    {
        Assert.Throws<ArgumentException>(() => StagingSql.ColumnList([]));
    }

    [Test]
    public void Generated_statements_parse_as_TSql()
    {
        var sql = string.Join("\n", StagingSql.CreateStaging("fact_enrolment", Columns),
            StagingSql.InsertFromStaging("fact_enrolment", Columns), StagingSql.DropStaging("fact_enrolment"));

        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        var script = (TSqlScript)parser.Parse(reader, out var errors);

        Assert.That(errors.Select(e => $"line {e.Line}: {e.Message}"), Is.Empty);
        var statements = script.Batches.SelectMany(b => b.Statements).ToList();
        Assert.That(statements.Select(s => s.GetType()), Is.EqualTo(new[]
        {
            typeof(DropTableStatement), typeof(SelectStatement), typeof(InsertStatement), typeof(DropTableStatement),
        }));
        var selectInto = (SelectStatement)statements[1];
        Assert.That(selectInto.Into.BaseIdentifier.Value, Is.EqualTo("#stg_fact_enrolment"));
        var insert = (InsertStatement)statements[2];
        Assert.That(insert.InsertSpecification.Columns.Select(c => c.MultiPartIdentifier.Identifiers[^1].Value), Is.EqualTo(Columns));
    }
}
