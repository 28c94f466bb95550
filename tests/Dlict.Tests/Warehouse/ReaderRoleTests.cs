using Dlict.Warehouse;
using Dlict.Warehouse.SqlServer;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Dlict.Tests.Warehouse;

/// <summary>0006_reader_role and the rule for later migrations: a new v_*, dim_* or fact_* object is granted to dlict_reader.</summary>
public class ReaderRoleTests
{
    public const string GrantProcedure = "grant_reader_select";

    [Test]
    public void The_role_script_creates_the_role_and_grants_only_views_dims_and_facts()
    {
        var script = string.Join("\n", ScriptCatalogue.Read(typeof(SqlServerWarehouse).Assembly)
            .Single(s => s.Name == "0006_reader_role.sql").Sql.Split('\n').Where(line => !line.TrimStart().StartsWith("--", StringComparison.Ordinal)));

        Assert.That(script, Does.Contain("CREATE ROLE dlict_reader"));
        Assert.That(script, Does.Contain("N'v[_]%'").And.Contain("N'dim[_]%'").And.Contain("N'fact[_]%'"));
        Assert.That(script, Does.Not.Contain("etl[_]").And.Not.Contain("SCHEMA::"));
        Assert.That(Executes(Statements(script)), Is.True);
    }

    [Test]
    public void Every_migration_after_0006_that_creates_a_reporting_object_grants_it_to_the_reader()
    {
        var offenders = ScriptCatalogue.Read(typeof(SqlServerWarehouse).Assembly)
            .Where(s => string.CompareOrdinal(s.Name, "0006") > 0)
            .Where(s => NeedsGrant(s.Name, s.Sql))
            .Select(s => s.Name).ToList();

        Assert.That(offenders, Is.Empty, $"end these scripts with `EXEC dbo.{GrantProcedure};` (docs/sqlserver.md)");
    }

    [TestCase("CREATE VIEW v_new AS SELECT 1 AS a;", true)]
    [TestCase("CREATE TABLE fact_new (a int);", true)]
    [TestCase("CREATE TABLE dim_new (a int);\nGO\nEXEC dbo.grant_reader_select;", false)]
    [TestCase("CREATE TABLE etl_new (a int);", false)]
    [TestCase("CREATE OR ALTER VIEW v_school AS SELECT 1 AS a;", false)]
    public void A_new_reporting_object_without_the_grant_is_found(string sql, bool needsGrant) =>
        Assert.That(NeedsGrant("0009_x.sql", sql), Is.EqualTo(needsGrant));

    /// <summary>CREATE VIEW/TABLE of a v_/dim_/fact_ name without the grant. CREATE OR ALTER keeps the old grants.</summary>
    public static bool NeedsGrant(string name, string sql)
    {
        var statements = TsqlBatches.Split(name, sql).SelectMany(b => Statements(b.Sql)).ToList();
        var created = statements.Select(s => s switch
        {
            CreateViewStatement v => v.SchemaObjectName.BaseIdentifier.Value,
            CreateTableStatement t => t.SchemaObjectName.BaseIdentifier.Value,
            _ => null,
        }).Where(n => n is not null && IsReporting(n)).ToList();
        return created.Count > 0 && !Executes(statements);
    }

    private static bool IsReporting(string? name) =>
        name!.StartsWith("v_", StringComparison.OrdinalIgnoreCase) || name.StartsWith("dim_", StringComparison.OrdinalIgnoreCase) ||
        name.StartsWith("fact_", StringComparison.OrdinalIgnoreCase);

    private static bool Executes(IEnumerable<TSqlStatement> statements) => statements.OfType<ExecuteStatement>().Any(e =>
        e.ExecuteSpecification.ExecutableEntity is ExecutableProcedureReference p &&
        p.ProcedureReference.ProcedureReference.Name.BaseIdentifier.Value.Equals(GrantProcedure, StringComparison.OrdinalIgnoreCase));

    private static List<TSqlStatement> Statements(string sql)
    {
        var all = new List<TSqlStatement>();
        foreach (var batch in TsqlBatches.Split("script", sql))
        {
            using var reader = new StringReader(batch.Sql);
            var fragment = new TSql160Parser(initialQuotedIdentifiers: true).Parse(reader, out var errors);
            Assert.That(errors, Is.Empty, string.Join("\n", errors.Select(e => e.Message)));
            all.AddRange(((TSqlScript)fragment).Batches.SelectMany(b => b.Statements));
        }
        return all;
    }
}
