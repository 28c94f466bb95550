using System.IO.Compression;
using Dlict.Reports;
using Dlict.Reports.Workbooks;
using Dlict.Warehouse.Sqlite;
using OfficeOpenXml;

namespace Dlict.Tests.Reports;

public class ManagementWorkbookTests
{
    [Test]
    public void Has_the_eight_sheets_in_order()
    {
        Assert.That(KnownWorkbook.WithoutOperationsViews.SheetNames, Is.EqualTo(new[]
        {
            "สรุปผู้บริหาร", "นักเรียน", "ขนาดโรงเรียน", "การส่งข้อมูล", "การอบรม", "ครุภัณฑ์และ DLTV", "บริการ", "นิยาม",
        }));
    }

    [Test]
    public void An_empty_warehouse_is_refused_in_thai_and_english()
    {
        using var dir = new TempDir();
        var warehouse = SqliteWarehouse.ForFile(dir.File("w.db"));
        warehouse.Migrate(dryRun: false);

        var error = Assert.Throws<InvalidOperationException>(() =>
            ManagementWorkbook.Write(warehouse, new ReportRequest(null, dir.File("r.xlsx"), "สพป.", DateTime.Now)));
        Assert.That(error!.Message, Does.Contain("ยังไม่มีข้อมูลนักเรียน").And.Contain("no enrolment data"));
    }

    [Test]
    public void An_explicit_cycle_is_reported_with_its_own_numbers()
    {
        using var dir = new TempDir();
        var warehouse = KnownWarehouse.Create(dir.File("w.db"));

        var path = ManagementWorkbook.Write(warehouse, new ReportRequest("2567/1", dir.File("out/r.xlsx"), "สพป.", KnownWorkbook.GeneratedAt));

        var kpis = new WorkbookReadback(path).Table("สรุปผู้บริหาร", "ตัวชี้วัดหลัก");
        var students = WorkbookReadback.Row(kpis, "ตัวชี้วัด", "จำนวนนักเรียน");
        Assert.That(WorkbookReadback.Number(students["ค่า"]), Is.EqualTo(2540));
        Assert.That(students["เทียบรอบเดียวกันปีก่อน"], Is.EqualTo("—"));
    }

    [Test]
    public void School_names_that_look_like_formulas_stay_text()
    {
        var path = KnownWorkbook.FullPath;
        _ = KnownWorkbook.WithOperationsViews;

        using var zip = ZipFile.OpenRead(path);
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            Assert.That(reader.ReadToEnd(), Does.Not.Contain("<f>").And.Not.Contain("<f "), entry.FullName);
        }
        EpplusLicence.Ensure();
        using var package = new ExcelPackage(new FileInfo(path));
        var cell = package.Workbook.Worksheets["การส่งข้อมูล"].Cells.First(c => Equals(c.Value, KnownWarehouse.FormulaName));
        Assert.That(cell.Style.QuotePrefix, Is.True);
    }

    [Test]
    public void Every_sheet_prints_a4_landscape_one_page_wide_with_frozen_header_and_filtered_tables()
    {
        _ = KnownWorkbook.WithOperationsViews;
        EpplusLicence.Ensure();
        using var package = new ExcelPackage(new FileInfo(KnownWorkbook.FullPath));

        foreach (var sheet in package.Workbook.Worksheets)
        {
            Assert.That(sheet.PrinterSettings.PaperSize, Is.EqualTo(ePaperSize.A4), sheet.Name);
            Assert.That(sheet.PrinterSettings.Orientation, Is.EqualTo(eOrientation.Landscape), sheet.Name);
            Assert.That((sheet.PrinterSettings.FitToPage, sheet.PrinterSettings.FitToWidth), Is.EqualTo((true, 1)), sheet.Name);
            Assert.That(sheet.HeaderFooter.OddHeader.CenteredText, Does.Contain(KnownWarehouse.Office).And.Contain("ปีการศึกษา 2568 รอบ 1"));
            Assert.That(sheet.View.PaneSettings?.TopLeftCell, Is.EqualTo("A5"), sheet.Name);
            Assert.That(sheet.Tables, Is.Not.Empty, sheet.Name);
            Assert.That(sheet.Tables.All(t => t.ShowFilter), Is.True, sheet.Name);
        }
        var charts = package.Workbook.Worksheets.Skip(1).Sum(s => s.Drawings.Count);
        Assert.That(charts, Is.EqualTo(6), "one native chart per sheet except the summary (PNGs) and นิยาม");
        Assert.That(package.Workbook.Worksheets["สรุปผู้บริหาร"].Drawings.Count, Is.EqualTo(2));
    }

    [Test]
    public void Thai_dates_are_buddhist_era_with_thai_month_abbreviations()
    {
        Assert.That(ThaiDate.Format(new DateTime(2025, 6, 10)), Is.EqualTo("10 มิ.ย. 2568"));
        Assert.That(ThaiDate.Format(new DateOnly(2026, 3, 31)), Is.EqualTo("31 มี.ค. 2569"));
        Assert.That(ThaiDate.FormatWithTime(new DateTime(2025, 1, 2, 9, 5, 0)), Is.EqualTo("2 ม.ค. 2568 09:05 น."));
        Assert.That(ThaiDate.FiscalYear(new DateTime(2025, 10, 1)), Is.EqualTo(2569));
        Assert.That(ThaiDate.FiscalYear(new DateTime(2025, 9, 30)), Is.EqualTo(2568));
    }
}
