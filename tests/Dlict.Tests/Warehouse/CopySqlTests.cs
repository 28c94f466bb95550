using Dlict.Warehouse.SqlServer.Copying;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Dlict.Tests.Warehouse;

public class CopySqlTests
{
    private static readonly Type[] ExpectedStatements =
    [
        typeof(SelectStatement), typeof(SelectStatement), typeof(DeleteStatement),
        typeof(SetIdentityInsertStatement), typeof(SetIdentityInsertStatement), typeof(DbccStatement),
    ];

    [Test]
    public void Generated_copy_statements_parse_as_TSql()
    {
        var sql = string.Join("\n", CopySql.TargetColumns, CopySql.CountRows("dim_school"), CopySql.Clear("fact_enrolment"),
            CopySql.IdentityInsert("etl_file", on: true), CopySql.IdentityInsert("etl_file", on: false), CopySql.Reseed("etl_reject"));

        var statements = Parse(sql);

        Assert.That(statements.Select(s => s.GetType()), Is.EqualTo(ExpectedStatements));
        Assert.That(CopySql.CountRows("dim_school"), Is.EqualTo("SELECT COUNT_BIG(*) FROM [dim_school];"));
        Assert.That(CopySql.IdentityInsert("etl_file", on: true), Is.EqualTo("SET IDENTITY_INSERT [etl_file] ON;"));
        Assert.That(((SetIdentityInsertStatement)statements[3]).Table.BaseIdentifier.Value, Is.EqualTo("etl_file"));
        Assert.That(CopySql.Reseed("etl_reject"), Does.Contain("RESEED"));
    }

    [TestCase("etl_file; DROP TABLE x")]
    [TestCase("[etl_file]")]
    public void Table_names_are_checked(string name)
    {
        Assert.Throws<ArgumentException>(() => CopySql.CountRows(name));
        Assert.Throws<ArgumentException>(() => CopySql.Clear(name));
        Assert.Throws<ArgumentException>(() => CopySql.Reseed(name));
    }

    [Test]
    public void The_migrations_seed_only_the_reference_tables()
    {
        Assert.That(MigrationSeeds.Tables(), Is.EquivalentTo(new[] { "dim_date", "dim_grade", "dim_equipment_type" }));
    }

    [Test]
    public void SQLite_values_are_converted_for_their_target_column()
    {
        Assert.That(CopyValues.ToTarget("2025-06-10", "date"), Is.EqualTo(new DateTime(2025, 6, 10)));
        Assert.That(CopyValues.ToTarget("2025-06-10 23:59:01", "datetime2"), Is.EqualTo(new DateTime(2025, 6, 10, 23, 59, 1)));
        Assert.That(CopyValues.ToTarget(1L, "bit"), Is.EqualTo(true));
        Assert.That(CopyValues.ToTarget(0L, "bit"), Is.EqualTo(false));
        Assert.That(CopyValues.ToTarget(25681L, "int"), Is.EqualTo(25681).And.TypeOf<int>());
        Assert.That(CopyValues.ToTarget(7L, "bigint"), Is.TypeOf<long>());
        Assert.That(CopyValues.ToTarget(1036100001L, "nvarchar"), Is.EqualTo("1036100001"));
        Assert.That(CopyValues.ToTarget(null, "date"), Is.EqualTo(DBNull.Value));
        Assert.That(CopyValues.ToTarget(DBNull.Value, "int"), Is.EqualTo(DBNull.Value));
        Assert.Throws<FormatException>(() => CopyValues.ToTarget("10/6/2568", "date"));
    }

    private static List<TSqlStatement> Parse(string sql)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        var script = (TSqlScript)parser.Parse(reader, out var errors);
        Assert.That(errors.Select(e => $"line {e.Line}: {e.Message}"), Is.Empty);
        return script.Batches.SelectMany(b => b.Statements).ToList();
    }
}
