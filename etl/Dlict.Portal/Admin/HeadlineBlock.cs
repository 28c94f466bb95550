using System.Text;
using Dlict.Reports.Workbooks;
using static Dlict.Portal.Pages.Html;

namespace Dlict.Portal.Admin;

/// <summary>
/// The headline figures of the management workbook (สรุปผู้บริหาร) for the chosen cycle: the same KPIs, read by the
/// same Reports code, shown as the workbook formats them (<c>#,##0</c>, <c>0.0</c> with their unit), and its two charts.
/// </summary>
public static class HeadlineBlock
{
    public static void Append(StringBuilder b, ExecutiveSummary summary)
    {
        b.Append("<section class=\"card\" id=\"headline\"><h2>")
            .Append(Both($"ตัวชี้วัดหลักสำหรับผู้บริหาร รอบ {summary.Cycle}", "headline figures of the management workbook")).Append("</h2><div class=\"kpis\">");
        foreach (var k in summary.Kpis)
        {
            b.Append("<div class=\"kpi\"><div class=\"kpi-value\"><b").Append(k.Value is string ? " class=\"none\">" : ">").Append(E(k.Text)).Append("</b> ").Append(E(k.Unit)).Append("</div>")
                .Append("<div class=\"kpi-label\">").Append(E(k.Label)).Append("</div>");
            if (k.Comparison is { Length: > 0 } change && change != "—")
                b.Append("<div class=\"kpi-note\">").Append(E(change)).Append(" เทียบรอบเดียวกันปีก่อน</div>");
            b.Append("</div>");
        }
        b.Append("</div>");
        HeadlineCharts.Append(b, summary);
        b.Append("</section>");
    }
}
