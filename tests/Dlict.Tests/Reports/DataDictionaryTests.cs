using Dapper;
using Dlict.Reports.Dictionary;
using Dlict.Warehouse.Sqlite;

namespace Dlict.Tests.Reports;

public class DataDictionaryTests
{
    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "DlictAnalytics.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("DlictAnalytics.sln not found above the test directory");
    }

    [Test]
    public void Committed_markdown_is_generated_from_the_code()
    {
        var path = Path.Combine(RepositoryRoot(), "docs", "data-dictionary.md");
        if (Environment.GetEnvironmentVariable("DLICT_WRITE_DOCS") == "1") File.WriteAllText(path, DataDictionary.ToMarkdown());

        Assert.That(File.ReadAllText(path), Is.EqualTo(DataDictionary.ToMarkdown()),
            "docs/data-dictionary.md is stale: run the tests once with DLICT_WRITE_DOCS=1 and commit the file");
    }

    [Test]
    public void Every_view_of_the_warehouse_has_exactly_the_dictionary_columns_in_order()
    {
        using var dir = new TempDir();
        var warehouse = KnownWarehouse.Create(dir.File("w.db"));
        using var connection = warehouse.OpenReadOnly();
        var present = PublicViews(connection);

        Assert.That(present, Is.SubsetOf(DataDictionary.Views.Select(v => v.Name)), "every public view must be in the dictionary");
        Assert.That(DataDictionary.Views.Where(v => v.Built).Select(v => v.Name), Is.EquivalentTo(present),
            "exactly the views the migrations build are marked built");
        foreach (var view in DataDictionary.Views.Where(v => present.Contains(v.Name)))
        {
            var columns = connection.Query<string>($"SELECT name FROM pragma_table_info('{view.Name}')").ToList();
            Assert.That(view.Columns.Select(c => c.Name), Is.EqualTo(columns), view.Name);
        }
    }

    [Test]
    public void A_view_missing_from_the_dictionary_fails_the_check()
    {
        using var dir = new TempDir();
        var warehouse = KnownWarehouse.Create(dir.File("w.db"));
        using (var c = warehouse.Open()) c.Execute("CREATE VIEW v_unlisted AS SELECT 1 AS x");
        using var connection = warehouse.OpenReadOnly();

        Assert.That(PublicViews(connection).Except(DataDictionary.Views.Select(v => v.Name)), Is.EqualTo(new[] { "v_unlisted" }));
    }

    [Test]
    public void Every_example_query_runs_on_an_empty_migrated_warehouse()
    {
        using var dir = new TempDir();
        var warehouse = SqliteWarehouse.ForFile(dir.File("empty.db"));
        Assert.That(warehouse.Migrate(dryRun: false).Successful, Is.True);
        using var connection = warehouse.OpenReadOnly();

        foreach (var view in DataDictionary.Views)
        {
            Assert.That(view.ExampleQuery, Does.Contain(view.Name), $"{view.Name}: the example should query its own view");
            Assert.DoesNotThrow(() => connection.Query(view.ExampleQuery).ToList(), view.Name);
        }
    }

    private static List<string> PublicViews(System.Data.IDbConnection connection) =>
        connection.Query<string>("SELECT name FROM sqlite_master WHERE type = 'view' AND name LIKE 'v\\_%' ESCAPE '\\'").ToList();

    [Test]
    public void The_operations_stand_ins_match_the_dictionary_too()
    {
        using var dir = new TempDir();
        var warehouse = KnownWarehouse.Create(dir.File("w.db"));
        OperationsViews.Add(warehouse);
        using var connection = warehouse.OpenReadOnly();

        foreach (var name in new[] { "v_training", "v_equipment", "v_dltv_readiness", "v_service_requests" })
        {
            var columns = connection.Query<string>($"SELECT name FROM pragma_table_info('{name}')").ToList();
            Assert.That(columns, Is.EqualTo(DataDictionary.Find(name)!.Columns.Select(c => c.Name)), name);
        }
    }

    [Test]
    public void Every_column_has_a_thai_label_and_a_definition()
    {
        foreach (var column in DataDictionary.Views.SelectMany(v => v.Columns.Select(c => (v.Name, c))))
            Assert.That(column.c.LabelTh.Length > 0 && column.c.Definition.Length > 0, Is.True, $"{column.Name}.{column.c.Name}");
    }
}
