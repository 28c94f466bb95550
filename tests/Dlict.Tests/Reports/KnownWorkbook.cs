using Dlict.Reports;
using Dlict.Reports.Workbooks;

namespace Dlict.Tests.Reports;

/// <summary>The management workbook of <see cref="KnownWarehouse"/>, made once per test run (with and without the operations views).</summary>
public static class KnownWorkbook
{
    public static readonly DateTime GeneratedAt = new(2025, 12, 1, 7, 30, 0);
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "dlict-known-" + Guid.NewGuid().ToString("N")[..8]);
    private static readonly Lazy<WorkbookReadback> Plain = new(() => new WorkbookReadback(Build("plain", ops: null)));
    private static readonly Lazy<WorkbookReadback> Full = new(() => new WorkbookReadback(Build("full", ops: true)));
    private static readonly Lazy<WorkbookReadback> EmptyViews = new(() => new WorkbookReadback(Build("empty", ops: false)));

    /// <summary>Without the operations views (as before their migration): the operations sheets say "ยังไม่มีข้อมูล".</summary>
    public static WorkbookReadback WithoutOperationsViews => Plain.Value;

    /// <summary>With v_training, v_equipment, v_dltv_readiness and v_service_requests holding known rows.</summary>
    public static WorkbookReadback WithOperationsViews => Full.Value;

    /// <summary>With the operations views present but empty.</summary>
    public static WorkbookReadback WithEmptyOperationsViews => EmptyViews.Value;

    public static string FullPath => Path.Combine(Folder, "full.xlsx");

    private static string Build(string name, bool? ops)
    {
        Directory.CreateDirectory(Folder);
        var warehouse = KnownWarehouse.Create(Path.Combine(Folder, name + ".db"));
        if (ops is { } withRows) OperationsViews.Add(warehouse, withRows);
        else OperationsViews.Drop(warehouse);
        return ManagementWorkbook.Write(warehouse, new ReportRequest(null, Path.Combine(Folder, name + ".xlsx"), KnownWarehouse.Office, GeneratedAt));
    }
}
