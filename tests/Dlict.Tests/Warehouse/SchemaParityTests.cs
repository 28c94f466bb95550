namespace Dlict.Tests.Warehouse;

public class SchemaParityTests
{
    private static readonly string[] OnlyNoteDiffers = ["column of dim_cycle note only in T-SQL"];

    [Test]
    public void SQLite_and_TSql_define_the_same_tables_columns_and_views()
    {
        var sqlite = SqliteSchemaReader.ReadMigrated();
        var tsql = TsqlSchemaReader.ReadScripts();

        Assert.That(sqlite.Tables, Has.Count.GreaterThanOrEqualTo(9));
        Assert.That(sqlite.Views, Has.Count.GreaterThanOrEqualTo(7));
        var differences = SchemaParity.Differences(sqlite, tsql);
        Assert.That(differences, Is.Empty, "SQLite vs T-SQL:\n" + string.Join("\n", differences));
    }

    [Test]
    public void A_column_added_to_one_dialect_only_is_a_difference()
    {
        var sqlite = Model(("dim_cycle", new[] { ("cycle_key", TypeFamily.Integer), ("cycle", TypeFamily.Text) }), ("v_cycle", ["cycle"]));
        var tsql = Model(("dim_cycle", new[] { ("cycle_key", TypeFamily.Integer), ("cycle", TypeFamily.Text), ("note", TypeFamily.Text) }), ("v_cycle", ["cycle"]));

        Assert.That(SchemaParity.Differences(sqlite, tsql), Is.EqualTo(OnlyNoteDiffers));
    }

    [Test]
    public void Incompatible_types_missing_tables_and_view_column_order_are_differences()
    {
        var sqlite = Model(("dim_cycle", new[] { ("cycle_key", TypeFamily.Integer), ("deadline", TypeFamily.Text) }), ("v_cycle", ["cycle", "deadline"]));
        sqlite.Tables["etl_run"] = [new ColumnInfo("run_id", TypeFamily.Integer, "INTEGER")];
        var tsql = Model(("dim_cycle", new[] { ("cycle_key", TypeFamily.Text), ("deadline", TypeFamily.Date) }), ("v_cycle", ["deadline", "cycle"]));

        var differences = SchemaParity.Differences(sqlite, tsql);

        Assert.That(differences, Has.Count.EqualTo(3));
        Assert.That(differences, Has.Some.StartsWith("table etl_run only in SQLite"));
        Assert.That(differences, Has.Some.StartsWith("dim_cycle.cycle_key"));
        Assert.That(differences, Has.Some.StartsWith("v_cycle columns differ"));
    }

    [Test]
    public void Names_compare_case_insensitively_and_dates_match_text()
    {
        var sqlite = Model(("dim_cycle", new[] { ("Deadline", TypeFamily.Text) }), ("V_Cycle", ["Cycle"]));
        var tsql = Model(("DIM_CYCLE", new[] { ("deadline", TypeFamily.Date) }), ("v_cycle", ["cycle"]));

        Assert.That(SchemaParity.Differences(sqlite, tsql), Is.Empty);
    }

    private static SchemaModel Model((string Name, (string, TypeFamily)[] Columns) table, (string Name, string[] Columns) view)
    {
        var model = new SchemaModel();
        model.Tables[table.Name] = table.Columns.Select(c => new ColumnInfo(c.Item1, c.Item2, c.Item2.ToString())).ToList();
        model.Views[view.Name] = [.. view.Columns];
        return model;
    }
}
