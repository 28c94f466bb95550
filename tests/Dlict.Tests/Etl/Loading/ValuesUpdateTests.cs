using Dapper;
using Dlict.Etl.Loading;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Dlict.Tests.Etl.Loading;

public class ValuesUpdateTests
{
    [Test]
    public void One_statement_joins_the_target_to_a_derived_table_of_parameter_rows()
    {
        Assert.That(ValuesUpdate.Sql("dim_school", "school_key", ["valid_to", "is_current"], 2), Is.EqualTo(
            "UPDATE dim_school SET valid_to = v.valid_to, is_current = v.is_current FROM (" +
            "SELECT @r0_0 AS school_key, @r0_1 AS valid_to, @r0_2 AS is_current UNION ALL SELECT @r1_0, @r1_1, @r1_2" +
            ") AS v WHERE dim_school.school_key = v.school_key"));
    }

    [Test]
    public void The_statement_parses_as_TSql_as_one_update_with_a_from_clause()
    {
        var sql = ValuesUpdate.Sql("dim_school", "school_code", ["smis_code"], ValuesUpdate.RowsPerStatement(2));

        using var reader = new StringReader(sql);
        var script = (TSqlScript)new TSql160Parser(initialQuotedIdentifiers: true).Parse(reader, out var errors);

        Assert.That(errors.Select(e => e.Message), Is.Empty);
        var update = (UpdateStatement)script.Batches.Single().Statements.Single();
        Assert.That(update.UpdateSpecification.FromClause.TableReferences.Single(), Is.TypeOf<QueryDerivedTable>());
    }

    [Test]
    public void Rows_per_statement_stay_under_both_engines_limits()
    {
        Assert.That(ValuesUpdate.RowsPerStatement(2), Is.EqualTo(400), "SQLite: at most 500 compound SELECTs");
        Assert.That(ValuesUpdate.RowsPerStatement(7) * 7, Is.LessThanOrEqualTo(2100), "SQL Server: 2,100 parameters");
        Assert.That(ValuesUpdate.RowsPerStatement(5000), Is.EqualTo(1));
    }

    [Test]
    public void Many_rows_are_updated_in_chunks_on_SQLite()
    {
        using var w = new TestWarehouse();
        using var connection = w.Warehouse.Open();
        using var tx = connection.BeginTransaction();
        connection.Execute("CREATE TABLE probe (id INTEGER PRIMARY KEY, label TEXT, n INTEGER)", transaction: tx);
        connection.Execute("INSERT INTO probe (id, label, n) VALUES (@id, 'old', 0)", Enumerable.Range(1, 1000).Select(id => new { id }), tx);
        var rows = Enumerable.Range(1, 950).Select(id => new object?[] { (long)id, id % 7 == 0 ? null : $"label {id}", id * 2 }).ToList();

        var changed = ValuesUpdate.Execute(tx, "probe", "id", ["label", "n"], rows);

        Assert.That(changed, Is.EqualTo(950));
        Assert.That(connection.ExecuteScalar<string>("SELECT label FROM probe WHERE id = 900", transaction: tx), Is.EqualTo("label 900"));
        Assert.That(connection.ExecuteScalar<string?>("SELECT label FROM probe WHERE id = 700", transaction: tx), Is.Null);
        Assert.That(connection.ExecuteScalar<long>("SELECT SUM(n) FROM probe", transaction: tx), Is.EqualTo(950L * 951));
        Assert.That(connection.ExecuteScalar<long>("SELECT COUNT(*) FROM probe WHERE label = 'old'", transaction: tx), Is.EqualTo(50));
    }
}
