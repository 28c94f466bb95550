using Dlict.Reports.Charts;

namespace Dlict.Tests.Reports.Charts;

/// <summary>Cookbook: the district bar chart of the management summary and the dashboard.</summary>
public class DistrictBarPngTests
{
    [Test]
    public void A_rate_chart_runs_from_0_to_100_percent_with_room_for_the_label_of_a_full_bar()
    {
        var plot = DistrictBarPng.Build("อัตราการส่งข้อมูลรายอำเภอ (%)", "ร้อยละ", ["เพ็ญ", "บ้านดุง"], [100, 37.5], "0.0", percent: true);
        plot.GetImageBytes(DistrictBarPng.Width, DistrictBarPng.Height, ScottPlot.ImageFormat.Png); // ticks are laid out when drawn

        var ticks = plot.Axes.Left.TickGenerator.Ticks.Where(t => t.IsMajor).Select(t => t.Position).ToList();
        Assert.That(ticks, Is.EqualTo(new[] { 0d, 20, 40, 60, 80, 100 }), "no tick above 100 %");
        Assert.That(plot.Axes.GetLimits().Top, Is.EqualTo(115).Within(0.001));
        Assert.That(plot.Axes.GetLimits().Bottom, Is.EqualTo(0));
    }

    [Test]
    public void A_count_chart_scales_to_its_tallest_bar_and_labels_each_bar()
    {
        var plot = DistrictBarPng.Build("จำนวนนักเรียนรายอำเภอ", "นักเรียน (คน)", ["เพ็ญ", "บ้านดุง"], [2000, 650], "#,##0");

        Assert.That(plot.Axes.GetLimits().Top, Is.EqualTo(2300).Within(0.001));
        var bars = plot.GetPlottables().OfType<ScottPlot.Plottables.BarPlot>().Single().Bars;
        Assert.That(bars.Select(b => b.Label), Is.EqualTo(new[] { "2,000", "650" }));
    }

    [Test]
    public void The_png_is_the_size_the_sheet_and_the_dashboard_expect()
    {
        var png = DistrictBarPng.Render("t", "y", ["เพ็ญ"], [50], "0.0", percent: true);

        Assert.That(png.AsSpan(0, 8).ToArray(), Is.EqualTo(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }));
        Assert.That(System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), Is.EqualTo(DistrictBarPng.Width));
        Assert.That(System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)), Is.EqualTo(DistrictBarPng.Height));
    }
}
