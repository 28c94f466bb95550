using static Dlict.Tests.Reports.WorkbookReadback;

namespace Dlict.Tests.Reports;

public class DefinitionsSheetTests
{
    private const string Sheet = "นิยาม";

    [Test]
    public void Defines_size_groups_rates_and_on_time()
    {
        var definitions = KnownWorkbook.WithoutOperationsViews.Table(Sheet, "นิยามของตัวเลขในรายงาน");

        Assert.That(Row(definitions, "หัวข้อ", "ขนาดเล็ก")["นิยาม"], Does.Contain("1–120"));
        Assert.That(Row(definitions, "หัวข้อ", "อัตราการส่งข้อมูล (%)")["แหล่งข้อมูล (view)"], Is.EqualTo("v_reporting_rate"));
        Assert.That(Row(definitions, "หัวข้อ", "ส่งตรงเวลา")["นิยาม"], Does.Contain("วันกำหนดส่ง"));
    }

    [Test]
    public void Names_the_latest_run_and_when_the_report_was_made()
    {
        var facts = KnownWorkbook.WithoutOperationsViews.Table(Sheet, "ที่มาของข้อมูล");

        Assert.That(Row(facts, "รายการ", "การนำเข้าข้อมูลครั้งล่าสุด (run id)")["ค่า"], Is.EqualTo("7"));
        Assert.That(Row(facts, "รายการ", "นำเข้าเสร็จ")["ค่า"], Is.EqualTo("20 มิ.ย. 2568 08:05 น."));
        Assert.That(Row(facts, "รายการ", "สถานะการนำเข้า")["ค่า"], Is.EqualTo("สำเร็จ"), "etl_run.status succeeded, in Thai");
        Assert.That(Row(facts, "รายการ", "วันเวลาที่สร้างรายงาน")["ค่า"], Is.EqualTo("1 ธ.ค. 2568 07:30 น."));
        Assert.That(Row(facts, "รายการ", "รอบข้อมูล")["ค่า"], Is.EqualTo("ปีการศึกษา 2568 รอบ 1 (2568/1)"));
    }
}
