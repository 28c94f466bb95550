using static Dlict.Tests.Reports.WorkbookReadback;

namespace Dlict.Tests.Reports;

public class SubmissionSheetTests
{
    private const string Sheet = "การส่งข้อมูล";

    [Test]
    public void Reporting_and_on_time_rate_per_district_and_for_the_whole_area()
    {
        var rates = KnownWorkbook.WithoutOperationsViews.Table(Sheet, "อัตราการส่งข้อมูลรายอำเภอ");

        var kumphawapi = Row(rates, "อำเภอ", "กุมภวาปี");
        Assert.That((Number(kumphawapi["อัตราการส่งข้อมูล (%)"]), Number(kumphawapi["อัตราส่งตรงเวลา (%)"])), Is.EqualTo((100.0, 50.0)));
        var bandung = Row(rates, "อำเภอ", "บ้านดุง");
        Assert.That((Number(bandung["ส่งแล้ว"]), Number(bandung["ยังไม่ส่ง"]), Number(bandung["อัตราการส่งข้อมูล (%)"])), Is.EqualTo((1.0, 1.0, 50.0)));
        var all = rates[^1];
        Assert.That(all["อำเภอ"], Is.EqualTo("รวมทั้งเขต"));
        Assert.That((Number(all["โรงเรียนที่ต้องส่ง"]), Number(all["อัตราการส่งข้อมูล (%)"]), Number(all["อัตราส่งตรงเวลา (%)"])), Is.EqualTo((6.0, 83.3, 50.0)));
    }

    [Test]
    public void Missing_schools_come_first_then_late_ones_with_thai_dates()
    {
        var schools = KnownWorkbook.WithoutOperationsViews.Table(Sheet, "โรงเรียนที่ยังไม่ส่งหรือส่งล่าช้า");

        Assert.That(schools.Select(s => s["ชื่อโรงเรียน"]), Is.EqualTo(new[] { "บ้านนาไร่", KnownWarehouse.FormulaName, "บ้านดุงวิทยา" }));
        Assert.That(schools.Select(s => s["สถานะ"]), Is.EqualTo(new[] { "ยังไม่ส่ง", "ส่งล่าช้า", "ส่งล่าช้า" }));
        Assert.That(schools[0]["กำหนดส่ง"], Is.EqualTo("10 มิ.ย. 2568"));
        Assert.That(schools[0]["ส่งครั้งแรก"], Is.EqualTo("—"));
        Assert.That(schools[1]["ส่งครั้งแรก"], Is.EqualTo("12 มิ.ย. 2568"));
    }
}
