using Dapper;
using Dlict.Reports;
using Dlict.Reports.Workbooks;
using OfficeOpenXml;

namespace Dlict.Tests.Reports;

public class QueryResultWorkbookTests
{
    [Test]
    public void A_query_result_becomes_a_formatted_table()
    {
        using var dir = new TempDir();
        var warehouse = KnownWarehouse.Create(dir.File("w.db"));
        using var connection = warehouse.OpenReadOnly();
        using var reader = connection.ExecuteReader("SELECT school_code, school_name, district, students FROM v_school ORDER BY school_code");

        var rows = QueryResultWorkbook.Write(reader, dir.File("q.xlsx"), "โรงเรียนทั้งหมด");

        Assert.That(rows, Is.EqualTo(6));
        var sheet = new WorkbookReadback(dir.File("q.xlsx")).Rows(QueryResultWorkbook.SheetName);
        Assert.That(sheet[0][0], Is.EqualTo("โรงเรียนทั้งหมด"));
        Assert.That(sheet[2], Is.EqualTo(new object[] { "school_code", "school_name", "district", "students" }));
        Assert.That(sheet[3], Is.EqualTo(new object[] { "1041010001", "บ้านหนองบัว", "เมือง", 100.0 }));
        Assert.That(sheet[5][1], Is.EqualTo(KnownWarehouse.FormulaName));
        EpplusLicence.Ensure();
        using var package = new ExcelPackage(new FileInfo(dir.File("q.xlsx")));
        var ws = package.Workbook.Worksheets[0];
        Assert.That(ws.Cells["A3"].Style.Font.Bold, Is.True);
        Assert.That(ws.View.PaneSettings?.TopLeftCell, Is.EqualTo("A4"));
        Assert.That(ws.AutoFilter.Address?.Address, Is.EqualTo("A3:D9"));
        Assert.That(ws.Cells["D4"].Style.HorizontalAlignment, Is.EqualTo(OfficeOpenXml.Style.ExcelHorizontalAlignment.Right));
        Assert.That(ws.Cells["C6"].Formula, Is.Empty);
        Assert.That(ws.Cells["B6"].Style.QuotePrefix, Is.True);
    }

    [Test]
    public void Columns_and_rows_without_a_reader()
    {
        using var dir = new TempDir();

        QueryResultWorkbook.Write(["a", "b"], [["+1", 2.5m], ["@x", null]], dir.File("r.xlsx"), "t");

        var sheet = new WorkbookReadback(dir.File("r.xlsx")).Rows(QueryResultWorkbook.SheetName);
        Assert.That(sheet[3][0], Is.EqualTo("+1"));
        Assert.That(sheet[3][1], Is.EqualTo(2.5));
        Assert.That(sheet[4][0], Is.EqualTo("@x"));
    }
}
