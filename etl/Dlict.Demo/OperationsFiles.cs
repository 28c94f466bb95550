namespace Dlict.Demo;

/// <summary>One fiscal year of DLICT operations data, one file per kind.</summary>
internal static class OperationsFiles
{
    public static (List<OperationsTruth> Truth, List<WrittenFile> Files) Write(string inbox, IReadOnlyList<SchoolPlan> schools, DemoOptions options, Random rng)
    {
        var context = new OperationsContext(inbox, schools, options.FiscalYearBe, rng);
        var files = new List<WrittenFile>();
        List<OperationsTruth> truth =
        [
            TrainingFile.Write(context, files),
            EquipmentFile.Write(context, files),
            LoansFile.Write(context, files),
            DltvUsageFile.Write(context, files),
            SupervisionFile.Write(context, files),
            ServiceRequestsFile.Write(context, files),
        ];
        return (truth, files);
    }
}
