using Dapper;
using Dlict.Demo;
using Dlict.Warehouse.Copying;

namespace Dlict.Tests.Warehouse;

public class CopyPlanTests
{
    private static readonly string[] CoreOrder =
        ["dim_cycle", "dim_date", "dim_grade", "dim_school", "etl_reject", "etl_run", "etl_file", "fact_enrolment", "fact_submission"];

    [Test]
    public void A_demo_warehouse_is_planned_parents_first_with_every_table_its_columns_and_rows()
    {
        using var warehouse = new TestWarehouse();
        DemoDistrict.Generate(new DemoOptions(Schools: 12, Years: 1), warehouse.DataDir.Inbox);
        warehouse.Ingest();
        using var connection = warehouse.Warehouse.OpenReadOnly();

        var plan = CopyPlan.Read(connection);

        var names = plan.Tables.Select(t => t.Name).ToList();
        var catalogue = connection.Query<string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' AND name <> 'schema_versions'");
        Assert.That(names, Is.EquivalentTo(catalogue));
        Assert.That(names, Is.SupersetOf(CoreOrder));
        Assert.That(names.Where(CoreOrder.Contains), Is.EqualTo(CoreOrder.Where(names.Contains)), "core tables: dims, etl_*, facts");
        foreach (var (table, index) in plan.Tables.Select((t, i) => (t, i)))
        {
            foreach (var parent in table.References)
                Assert.That(names.IndexOf(parent), Is.LessThan(index), $"{parent} before {table.Name}");
            Assert.That(table.Columns, Is.EqualTo(connection.Query<string>("SELECT name FROM pragma_table_info(@n) ORDER BY cid", new { n = table.Name })));
            Assert.That(table.Rows, Is.EqualTo(connection.ExecuteScalar<long>($"SELECT COUNT(*) FROM {table.Name}")), table.Name);
        }
        Assert.That(plan.Tables.Single(t => t.Name == "etl_file").References, Is.EqualTo(new[] { "etl_run" }));
        Assert.That(plan.Tables.Single(t => t.Name == "fact_enrolment").Rows, Is.GreaterThan(0));
        Assert.That(plan.Tables.Single(t => t.Name == "dim_date").Rows, Is.EqualTo(9497));
    }

    [Test]
    public void A_table_added_by_a_later_migration_follows_its_parent()
    {
        using var warehouse = new TestWarehouse();
        using (var write = warehouse.Warehouse.Open())
            write.Execute("CREATE TABLE aa_note (note_id INTEGER PRIMARY KEY, submission_id INTEGER NOT NULL REFERENCES fact_submission (submission_id), note TEXT)");
        using var connection = warehouse.Warehouse.OpenReadOnly();

        var names = CopyPlan.Read(connection).Tables.Select(t => t.Name).ToList();

        Assert.That(names.IndexOf("aa_note"), Is.GreaterThan(names.IndexOf("fact_submission")));
        Assert.That(names.IndexOf("aa_note"), Is.GreaterThan(names.IndexOf("dim_school")), "a table without parents (portal_link) may sort anywhere among the others");
        Assert.That(names, Does.Not.Contain("schema_versions"));
    }

    [Test]
    public void Ties_go_dims_then_etl_then_facts_then_others_and_a_cycle_is_refused()
    {
        var tables = new[]
        {
            Table("fact_x", "dim_b"), Table("zz_other"), Table("etl_run"), Table("dim_b"), Table("dim_a"), Table("etl_file", "etl_run"),
        };

        Assert.That(CopyPlan.Order(tables).Select(t => t.Name),
            Is.EqualTo(new[] { "dim_a", "dim_b", "etl_run", "etl_file", "fact_x", "zz_other" }));
        var cycle = new[] { Table("dim_a", "dim_b"), Table("dim_b", "dim_a"), Table("dim_c") };
        Assert.That(() => CopyPlan.Order(cycle), Throws.InvalidOperationException.With.Message.Contain("dim_a"));
    }

    private static CopyTable Table(string name, params string[] references) => new(name, ["id"], references, 0);
}
