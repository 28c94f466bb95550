using Dlict.Etl.Sources;
using OfficeOpenXml;

namespace Dlict.Tests.Etl.Sources;

public class XlsxReadingTests
{
    private static string MakeWorkbook(TempDir dir)
    {
        ExcelPackage.License.SetNonCommercialOrganization("DLICT Analytics tests");
        var path = dir.File("enrolment.xlsx");
        using var package = new ExcelPackage();

        var summary = package.Workbook.Worksheets.Add("จำนวนนักเรียน");
        summary.Cells["A1"].Value = "รายงานจำนวนนักเรียน ปีการศึกษา 2568";
        summary.Cells["A1:F1"].Merge = true;
        summary.Cells["A3"].Value = "รหัสโรงเรียน";
        summary.Cells["B3"].Value = "ชาย";
        summary.Cells["C3"].Value = "วันที่ส่ง";
        summary.Cells["D3"].Value = "ชั่วโมง";
        summary.Cells["E3"].Value = "รวม";
        summary.Cells["F3"].Value = "DLTV";
        summary.Cells["A4"].Value = "0123456789";
        summary.Cells["A4"].Style.Numberformat.Format = "@";
        summary.Cells["B4"].Value = 12.0;
        summary.Cells["C4"].Value = new DateTime(2025, 6, 10);
        summary.Cells["C4"].Style.Numberformat.Format = "dd/mm/yyyy";
        summary.Cells["D4"].Value = 1.5;
        summary.Cells["E4"].Formula = "B4+3";
        summary.Cells["F4"].Value = true;
        summary.Cells["A5"].Value = 1054390223d;
        summary.Cells["C5"].Value = new DateTime(2025, 7, 1, 9, 30, 15);
        summary.Cells["C5"].Style.Numberformat.Format = "dd/mm/yyyy hh:mm:ss";
        summary.Calculate();

        var late = package.Workbook.Worksheets.Add("Sheet2");
        late.Cells["B4"].Value = "starts late";

        package.SaveAs(new FileInfo(path));
        return path;
    }

    [Test]
    public void Every_worksheet_is_a_sheet_named_as_in_the_workbook()
    {
        using var dir = new TempDir();

        var sheets = TabularFile.Open(MakeWorkbook(dir));

        Assert.That(sheets.Select(s => s.Name), Is.EqualTo(Expect.Cells("จำนวนนักเรียน", "Sheet2")));
    }

    [Test]
    public void Cells_become_text_with_excel_row_numbers()
    {
        using var dir = new TempDir();

        var rows = TabularFile.Open(MakeWorkbook(dir))[0].Rows.ToList();
        var byNumber = rows.ToDictionary(r => r.RowNumber);

        Assert.That(byNumber[1][0], Is.EqualTo("รายงานจำนวนนักเรียน ปีการศึกษา 2568"));
        Assert.That(byNumber[1][1], Is.Null);
        Assert.That(byNumber[3].Cells.Take(6), Is.EqualTo(Expect.Cells("รหัสโรงเรียน", "ชาย", "วันที่ส่ง", "ชั่วโมง", "รวม", "DLTV")));
        Assert.That(byNumber[4].Cells.Take(6), Is.EqualTo(Expect.Cells("0123456789", "12", "2025-06-10", "1.5", "15", "TRUE")));
        Assert.That(byNumber[5][0], Is.EqualTo("1054390223"));
        Assert.That(byNumber[5][2], Is.EqualTo("2025-07-01 09:30:15"));
    }

    [Test]
    public void Leading_empty_rows_do_not_shift_row_numbers()
    {
        using var dir = new TempDir();

        var rows = TabularFile.Open(MakeWorkbook(dir))[1].Rows.ToList();
        var cell = rows.Single(r => !r.IsBlank);

        Assert.That(cell.RowNumber, Is.EqualTo(4));
        Assert.That(cell[1], Is.EqualTo("starts late"));
    }
}
