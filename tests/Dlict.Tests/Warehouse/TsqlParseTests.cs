namespace Dlict.Tests.Warehouse;

public class TsqlParseTests
{
    private static readonly int[] BrokenLines = [3, 6];
    private static readonly int[] BatchStarts = [1, 3];

    [Test]
    public void Every_batch_of_every_TSql_script_parses()
    {
        var batches = TsqlSchemaReader.Batches();
        var failures = new List<TsqlParseFailure>();
        foreach (var batch in batches) TsqlSchemaReader.Parse(batch, failures);

        Assert.That(batches, Has.Count.GreaterThanOrEqualTo(2));
        Assert.That(failures, Is.Empty, "T-SQL parse errors:\n" + string.Join("\n", failures));
    }

    [Test]
    public void The_deployment_script_parses()
    {
        var path = Path.Combine(RepositoryRoot(), "scripts", "sqlserver", "create-database.sql");
        var failures = new List<TsqlParseFailure>();
        foreach (var batch in TsqlBatches.Split("create-database.sql", File.ReadAllText(path))) TsqlSchemaReader.Parse(batch, failures);

        Assert.That(failures, Is.Empty, string.Join("\n", failures));
    }

    [Test]
    public void Parse_failures_are_reported_for_every_batch_with_script_line()
    {
        const string script = "SELECT 1;\nGO\nCREATE TABLE t (a int int);\nGO\nSELECT 2;\nSELEC 3;\n";
        var failures = new List<TsqlParseFailure>();
        foreach (var batch in TsqlBatches.Split("9999_broken.sql", script)) TsqlSchemaReader.Parse(batch, failures);

        Assert.That(failures.Select(f => f.Line), Is.EqualTo(BrokenLines));
        Assert.That(failures[0].ToString(), Does.StartWith("9999_broken.sql line 3"));
    }

    [Test]
    public void Batches_split_only_on_lines_that_are_just_GO()
    {
        var batches = TsqlBatches.Split("x.sql", "SELECT 'GO' AS go_column;\n  go  \nSELECT 2;\nGO\n");

        Assert.That(batches.Select(b => b.StartLine), Is.EqualTo(BatchStarts));
        Assert.That(batches[0].Sql, Does.Contain("'GO'"));
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "DlictAnalytics.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new DirectoryNotFoundException("DlictAnalytics.sln not found above the test directory.");
    }
}
