using System.Reflection;
using System.Text.RegularExpressions;
using DbUp.Engine.Output;
using Dlict.Warehouse;

namespace Dlict.Tests.Warehouse;

/// <summary>
/// Things once written twice, now written once (issue 18): the cycle type and its parser, dim_cycle's writes, "the
/// latest cycle", DbUp's log adapter.
/// </summary>
public partial class WrittenOnceTests
{
    private static readonly Assembly[] Ours =
    [
        typeof(Cycle).Assembly, typeof(Dlict.Warehouse.Sqlite.SqliteWarehouse).Assembly, typeof(Dlict.Warehouse.SqlServer.SqlServerWarehouse).Assembly,
        typeof(Dlict.Etl.Values.ThaiText).Assembly, typeof(Dlict.Reports.Queries.LatestCycle).Assembly, typeof(Dlict.Cli.Program).Assembly,
        typeof(Dlict.Demo.DemoDistrict).Assembly,
    ];

    [Test]
    public void Dim_cycle_is_written_only_in_the_loading_folder()
    {
        Assert.That(SourcesMatching(DimCycleWrite()), Is.EqualTo(new[] { "etl/Dlict.Etl/Loading/CycleTable.cs", "etl/Dlict.Etl/Loading/DeadlineSync.cs" }));
    }

    [Test]
    public void The_latest_cycle_is_computed_in_one_query()
    {
        Assert.That(SourcesMatching(LatestCycleSql()), Is.EqualTo(new[] { "reports/Dlict.Reports/Queries/LatestCycle.cs" }));
    }

    [Test]
    public void One_type_is_a_cycle_with_a_parser()
    {
        var cycles = Ours.SelectMany(a => a.GetTypes())
            .Where(t => t.GetProperty("AcademicYear") is not null && t.GetProperty("Round") is not null
                && t.GetMethods(BindingFlags.Public | BindingFlags.Static).Any(m => m.Name is "Parse" or "TryParse"))
            .Select(t => t.FullName);

        Assert.That(cycles, Is.EqualTo(new[] { "Dlict.Warehouse.Cycle" }));
    }

    [Test]
    public void One_DbUp_log_adapter_serves_both_providers()
    {
        var adapters = Ours.SelectMany(a => a.GetTypes()).Where(t => typeof(IUpgradeLog).IsAssignableFrom(t)).Select(t => t.FullName);

        Assert.That(adapters, Is.EqualTo(new[] { "Dlict.Warehouse.UpgradeLogAdapter" }));
    }

    private static List<string> SourcesMatching(Regex pattern)
    {
        var root = Root();
        return new[] { "etl", "reports", "warehouse" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories))
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(p => pattern.IsMatch(File.ReadAllText(p)))
            .Select(p => Path.GetRelativePath(root, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal).ToList();
    }

    private static string Root()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "DlictAnalytics.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new DirectoryNotFoundException("DlictAnalytics.sln not found above the test directory.");
    }

    [GeneratedRegex(@"(INSERT\s+INTO|UPDATE)\s+dim_cycle\b", RegexOptions.IgnoreCase)]
    private static partial Regex DimCycleWrite();

    [GeneratedRegex(@"academic_year\s*\*\s*10\s*\+\s*round|GROUP BY academic_year, round\b", RegexOptions.IgnoreCase)]
    private static partial Regex LatestCycleSql();
}
