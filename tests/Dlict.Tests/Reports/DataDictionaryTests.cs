using Dapper;
using Dlict.Reports.Dictionary;

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
    public void Every_view_of_the_warehouse_has_exactly_the_dictionary_columns()
    {
        using var dir = new TempDir();
        var warehouse = KnownWarehouse.Create(dir.File("w.db"));
        using var connection = warehouse.OpenReadOnly();
        var present = connection.Query<string>("SELECT name FROM sqlite_master WHERE type = 'view' AND name LIKE 'v\\_%' ESCAPE '\\'").ToList();

        foreach (var view in DataDictionary.Views.Where(v => present.Contains(v.Name)))
        {
            var columns = connection.Query<string>($"SELECT name FROM pragma_table_info('{view.Name}')").ToList();
            Assert.That(columns, Is.EquivalentTo(view.Columns.Select(c => c.Name)), view.Name);
        }
        Assert.That(DataDictionary.Views.Where(v => v.Built).Select(v => v.Name), Is.SubsetOf(present), "views marked built must exist");
        Assert.That(present, Is.SubsetOf(DataDictionary.Views.Select(v => v.Name)), "every public view must be in the dictionary");
    }

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
