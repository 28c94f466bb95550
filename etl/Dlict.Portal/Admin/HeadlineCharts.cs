using System.Globalization;
using System.Text;
using Dlict.Reports.Charts;
using Dlict.Reports.Workbooks;
using Dlict.Warehouse;
using Microsoft.AspNetCore.Http;
using static Dlict.Portal.Pages.Html;

namespace Dlict.Portal.Admin;

/// <summary>
/// The two charts of the management workbook's summary sheet, served to the signed-in officer as PNG (drawn by the
/// same <see cref="SummaryCharts"/> as the workbook); a cycle with nothing to draw gets a Thai/English note instead.
/// </summary>
public static class HeadlineCharts
{
    public const string StudentsPath = "/admin/charts/students.png";
    public const string ReportingRatePath = "/admin/charts/reporting-rate.png";

    public static IResult Students(IWarehouse warehouse, Cycle cycle) =>
        Png(warehouse, cycle, SummaryCharts.HasStudents, SummaryCharts.Students, NoStudents(cycle));

    public static IResult ReportingRate(IWarehouse warehouse, Cycle cycle) =>
        Png(warehouse, cycle, SummaryCharts.HasSubmissions, SummaryCharts.ReportingRate, NoSubmissions(cycle));

    public static string NoStudents(Cycle cycle) => Invariant(
        $"ยังไม่มีข้อมูลนักเรียนของรอบ {cycle} จึงยังไม่มีแผนภูมิ / no student figures for cycle {cycle} yet, so there is no chart");

    public static string NoSubmissions(Cycle cycle) => Invariant(
        $"ยังไม่มีโรงเรียนใดส่งข้อมูลรอบ {cycle} จึงยังไม่มีแผนภูมิ / no school has sent data for cycle {cycle} yet, so there is no chart");

    /// <summary>The two images under the KPIs, or the note of each chart that has nothing to draw.</summary>
    public static void Append(StringBuilder b, ExecutiveSummary summary)
    {
        var cycle = summary.Cycle;
        b.Append("<div class=\"charts\">");
        Image(b, SummaryCharts.HasStudents(summary.Districts), StudentsPath, cycle, "แผนภูมิแท่ง จำนวนนักเรียนรายอำเภอ", NoStudents(cycle), "students-chart");
        Image(b, SummaryCharts.HasSubmissions(summary.Districts), ReportingRatePath, cycle, "แผนภูมิแท่ง อัตราการส่งข้อมูลรายอำเภอ (ร้อยละ)", NoSubmissions(cycle), "reporting-rate-chart");
        b.Append("</div>");
    }

    private static void Image(StringBuilder b, bool drawn, string path, Cycle cycle, string alt, string note, string id)
    {
        if (!drawn)
        {
            b.Append("<p class=\"chart-note\" id=\"").Append(id).Append("\">").Append(E(note)).Append("</p>");
            return;
        }
        var src = path + "?cycle=" + Uri.EscapeDataString(cycle.ToString());
        b.Append("<a href=\"").Append(src).Append("\"><img id=\"").Append(id).Append("\" src=\"").Append(src).Append("\" width=\"").Append(DistrictBarPng.Width).Append("\" height=\"").Append(DistrictBarPng.Height)
            .Append("\" alt=\"").Append(E($"{alt} รอบ {cycle}")).Append("\"></a>");
    }

    private static IResult Png(IWarehouse warehouse, Cycle cycle, Func<IReadOnlyList<DistrictLine>, bool> drawn,
        Func<IReadOnlyList<DistrictLine>, byte[]> render, string note)
    {
        IReadOnlyList<DistrictLine> districts;
        using (var connection = warehouse.OpenReadOnly())
            districts = ExecutiveSummary.DistrictsOf(connection, cycle);
        return drawn(districts) ? Results.File(render(districts), "image/png") : Results.Text(note, "text/plain; charset=utf-8", statusCode: 404);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
