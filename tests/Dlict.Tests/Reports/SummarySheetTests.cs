using Dapper;
using Dlict.Reports;
using Dlict.Reports.Workbooks;
using OfficeOpenXml;
using static Dlict.Tests.Reports.WorkbookReadback;

namespace Dlict.Tests.Reports;

public class SummarySheetTests
{
    private const string Sheet = "สรุปผู้บริหาร";

    [Test]
    public void Kpis_show_schools_students_with_change_and_rates_of_the_latest_cycle()
    {
        var kpis = KnownWorkbook.WithoutOperationsViews.Table(Sheet, "ตัวชี้วัดหลัก");

        Assert.That(Number(Row(kpis, "ตัวชี้วัด", "จำนวนโรงเรียน (เปิดสอน)")["ค่า"]), Is.EqualTo(6));
        var students = Row(kpis, "ตัวชี้วัด", "จำนวนนักเรียน");
        Assert.That(Number(students["ค่า"]), Is.EqualTo(2650));
        Assert.That(students["เทียบรอบเดียวกันปีก่อน"], Is.EqualTo("↑ 4.3%")); // (2650 − 2540) / 2540
        Assert.That(Number(Row(kpis, "ตัวชี้วัด", "อัตราการส่งข้อมูล")["ค่า"]), Is.EqualTo(83.3)); // 5 of 6
        Assert.That(Number(Row(kpis, "ตัวชี้วัด", "อัตราการส่งข้อมูลตรงเวลา")["ค่า"]), Is.EqualTo(50.0)); // 3 of 6
    }

    [Test]
    public void Operations_kpis_say_no_data_yet_when_their_views_are_absent()
    {
        var kpis = KnownWorkbook.WithoutOperationsViews.Table(Sheet, "ตัวชี้วัดหลัก");

        Assert.That(Row(kpis, "ตัวชี้วัด", "โรงเรียน DLTV พร้อมใช้งาน")["ค่า"], Is.EqualTo("ยังไม่มีข้อมูล"));
        Assert.That(Row(kpis, "ตัวชี้วัด", "โรงเรียน DLTV พร้อมใช้งาน")["หน่วย"], Is.Null.Or.Empty, "not \"ยังไม่มีข้อมูล โรง\"");
        Assert.That(Row(kpis, "ตัวชี้วัด", "บุคลากรที่เข้ารับการอบรม ปีงบประมาณ 2568")["ค่า"], Is.EqualTo("ยังไม่มีข้อมูล"));
        Assert.That(Row(kpis, "ตัวชี้วัด", "คำขอรับบริการที่ยังไม่แล้วเสร็จ")["ค่า"], Is.EqualTo("ยังไม่มีข้อมูล"));
    }

    [Test]
    public void Operations_kpis_show_figures_when_their_views_exist()
    {
        var kpis = KnownWorkbook.WithOperationsViews.Table(Sheet, "ตัวชี้วัดหลัก");

        Assert.That(Number(Row(kpis, "ตัวชี้วัด", "โรงเรียน DLTV พร้อมใช้งาน")["ค่า"]), Is.EqualTo(1));
        // The workbook reports 2568/1 (June 2025, fiscal year 2568) although it was made in December 2025 (fiscal year
        // 2569): the training figure is the cycle's fiscal year, C02 only (4 attended), not C01 of 2569 (18).
        Assert.That(Number(Row(kpis, "ตัวชี้วัด", "บุคลากรที่เข้ารับการอบรม ปีงบประมาณ 2568")["ค่า"]), Is.EqualTo(4));
        Assert.That(Number(Row(kpis, "ตัวชี้วัด", "คำขอรับบริการที่ยังไม่แล้วเสร็จ")["ค่า"]), Is.EqualTo(1));
    }

    [Test]
    public void District_table_behind_the_png_charts_has_students_and_reporting_rate()
    {
        var districts = KnownWorkbook.WithoutOperationsViews.Table(Sheet, "นักเรียนและการส่งข้อมูลรายอำเภอ");

        Assert.That(districts.Select(d => d["อำเภอ"]), Is.EqualTo(new[] { "กุมภวาปี", "บ้านดุง", "เมือง" }));
        Assert.That(districts.Select(d => Number(d["นักเรียน (คน)"])), Is.EqualTo(new[] { 250.0, 1600, 800 }));
        Assert.That(districts.Select(d => Number(d["อัตราการส่งข้อมูล (%)"])), Is.EqualTo(new[] { 100.0, 50.0, 100.0 }));
    }

    [Test]
    public void A_round_nobody_has_sent_yet_has_its_district_table_but_no_empty_charts()
    {
        using var dir = new TempDir();
        var warehouse = KnownWarehouse.Create(dir.File("w.db"));
        using (var c = warehouse.Open())
            c.Execute("INSERT INTO dim_cycle (cycle_key, cycle, academic_year, round, deadline) VALUES (25682, '2568/2', 2568, 2, '2025-11-10')");
        var path = ManagementWorkbook.Write(warehouse, new ReportRequest("2568/2", dir.File("r.xlsx"), KnownWarehouse.Office, KnownWorkbook.GeneratedAt));

        var districts = new WorkbookReadback(path).Table(Sheet, "นักเรียนและการส่งข้อมูลรายอำเภอ");
        using var package = new ExcelPackage(new FileInfo(path));

        Assert.That(districts.Select(d => Number(d["อัตราการส่งข้อมูล (%)"])), Is.EqualTo(new[] { 0.0, 0, 0 }), "6 schools expected, none sent");
        Assert.That(package.Workbook.Worksheets[Sheet].Drawings.Count, Is.Zero, "no bars of zero students, no bars of 0.0 %");
    }
}
