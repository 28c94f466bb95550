using System.Data.Common;
using Dlict.Warehouse;

namespace Dlict.Reports.Workbooks;

/// <summary>What every sheet needs: the request, the cycle it reports on, and a read-only connection.</summary>
public sealed record ReportContext(ReportRequest Request, Cycle Cycle, DbConnection Connection)
{
    public const string NoData = "ยังไม่มีข้อมูล";

    public string PageHeader => $"{Request.OfficeName} — {Cycle.ThaiLabel}";
}
