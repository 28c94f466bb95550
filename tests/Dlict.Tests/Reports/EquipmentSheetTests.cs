using static Dlict.Tests.Reports.WorkbookReadback;

namespace Dlict.Tests.Reports;

public class EquipmentSheetTests
{
    private const string Sheet = "ครุภัณฑ์และ DLTV";

    [Test]
    public void Equipment_by_type_counts_working_and_broken()
    {
        var types = KnownWorkbook.WithOperationsViews.Table(Sheet, "ครุภัณฑ์ตามประเภท (สำรวจล่าสุด)");

        var tv = Row(types, "ประเภทครุภัณฑ์", "โทรทัศน์");
        Assert.That((Number(tv["จำนวนทั้งหมด"]), Number(tv["ใช้งานได้"]), Number(tv["ชำรุด"])), Is.EqualTo((10.0, 7.0, 3.0)));
        Assert.That(Number(tv["ใช้งานได้ (%)"]), Is.EqualTo(70.0));
    }

    [Test]
    public void Dltv_readiness_per_school()
    {
        var schools = KnownWorkbook.WithOperationsViews.Table(Sheet, "ความพร้อมและการใช้งาน DLTV รายโรงเรียน");

        var nongbua = Row(schools, "ชื่อโรงเรียน", "บ้านหนองบัว");
        Assert.That(nongbua["พร้อมใช้งาน"], Is.EqualTo("พร้อม"));
        Assert.That(Number(nongbua["อัตราการใช้งาน (%)"]), Is.EqualTo(85.5));
        Assert.That(nongbua["นิเทศครั้งล่าสุด"], Is.EqualTo("15 ส.ค. 2568"));
        Assert.That(Row(schools, "ชื่อโรงเรียน", "บ้านโคก")["จานรับสัญญาณ"], Is.EqualTo("ไม่มี"));
    }

    [Test]
    public void Absent_views_show_no_data_yet_for_both_parts()
    {
        var rows = KnownWorkbook.WithoutOperationsViews.Rows(Sheet);

        foreach (var caption in new[] { "ครุภัณฑ์ตามประเภท (สำรวจล่าสุด)", "ความพร้อมและการใช้งาน DLTV รายโรงเรียน" })
            Assert.That(rows[rows.FindIndex(r => Equals(r[0], caption)) + 1][0], Is.EqualTo("ยังไม่มีข้อมูล"), caption);
    }
}
