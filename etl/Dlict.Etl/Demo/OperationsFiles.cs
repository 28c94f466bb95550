namespace Dlict.Etl.Demo;

internal static class OperationsFiles
{
    public static (List<OperationsTruth> Truth, List<WrittenFile> Files) Write(string inbox, IReadOnlyList<SchoolPlan> schools, DemoOptions options, Random rng) =>
        ([], []);
}
