using System.Globalization;
using Dlict.Reports;
using Dlict.Reports.Workbooks;
using Dlict.Tests.Etl.Operations;
using ExcelDataReader;
using static Dlict.Tests.Etl.Operations.OperationsIngest;

namespace Dlict.Tests.Reports;

/// <summary>The management workbook's การอบรม, ครุภัณฑ์และ DLTV and บริการ sheets show the operations data that was ingested.</summary>
public class OperationsSheetsTests
{
    [Test]
    public void Training_equipment_and_service_sheets_show_the_ingested_figures()
    {
        using var w = WithSchools();
        w.Drop("enrol_2568-1.csv", $"school_code,grade,male,female\n{School1},ป.1,5,6\n{School2},ป.1,3,4\n");
        w.Drop("training.csv", "course_code,course_title,start_date,hours,person_id,school_code,attended,passed\n" +
                               $"DL-01,Canva,2025-11-01,6,1101700230708,{School1},Y,Y\nDL-01,Canva,2025-11-01,6,3100600447158,{School2},N,\n");
        w.Drop("equipment.csv", "school_code,survey_date,equipment_type,quantity,working,broken\n" +
                                $"{School1},2025-11-15,dish,1,1,0\n{School1},2025-11-15,receiver,3,3,0\n{School1},2025-11-15,tv,3,2,1\n" +
                                $"{School2},2025-11-15,dish,1,0,1\n");
        w.Drop("usage.csv", $"school_code,date,grade,periods_planned,periods_dltv\n{School1},2026-01-30,ป.1,20,15\n");
        w.Drop("visits.csv", $"school_code,visit_date,rating\n{School1},2026-01-15,4\n");
        w.Drop("loans.csv", "loan_no,item,borrower_group,loan_date\nL1,projector,กลุ่มอำนวยการ,2025-11-01\n");
        w.Drop("requests.csv", "request_no,requested_at,requester_group,service_type,decision,completed_at\n" +
                               "R1,2025-11-03 09:00,g,ซ่อมคอมพิวเตอร์,อนุญาต,2025-11-05 10:00\nR2,2025-11-04 09:00,g,ซ่อมคอมพิวเตอร์,ไม่อนุญาต,\n");
        var report = Run(w);
        Assert.That(report.Totals.Rejected, Is.Zero, string.Join("\n", report.Files.Select(f => f.Message)));

        var path = Path.Combine(w.DataDir.Out, "management.xlsx");
        ManagementWorkbook.Write(w.Warehouse, new ReportRequest("2568/1", path, "สพป.อุดรธานี เขต 1", new DateTime(2026, 2, 1, 9, 0, 0)));
        var sheets = Read(path);

        var course = Row(sheets[TrainingSheet.Name], "DL-01");
        Assert.That(Numbers(course, 4, 5, 6), Is.EqualTo(new[] { 2.0, 1.0, 1.0 }), "participants, attended, passed");
        Assert.That(Number(course[7]), Is.EqualTo(50.0), "attendance rate");

        var equipment = sheets[EquipmentSheet.Name];
        Assert.That(Numbers(Row(equipment, "จานดาวเทียม"), 1, 2, 3, 4), Is.EqualTo(new[] { 2.0, 2.0, 1.0, 1.0 }), "schools, quantity, working, broken");
        Assert.That(Numbers(Row(equipment, "โทรทัศน์"), 2, 3, 4), Is.EqualTo(new[] { 3.0, 2.0, 1.0 }));
        var school1 = Row(equipment, School1);
        Assert.That(school1[6], Is.EqualTo("พร้อม"));
        Assert.That(Number(school1[7]), Is.EqualTo(75.0));
        Assert.That(Row(equipment, School2)[6], Is.EqualTo("ไม่พร้อม"));

        var repair = Row(sheets[ServicesSheet.Name], "ซ่อมคอมพิวเตอร์");
        Assert.That(Numbers(repair, 1, 2, 3), Is.EqualTo(new[] { 2.0, 2.0, 1.0 }), "requests, decided, approved");
        Assert.That(Number(repair[^1]), Is.EqualTo(2.0), "median turnaround days");
        foreach (var name in new[] { TrainingSheet.Name, EquipmentSheet.Name, ServicesSheet.Name })
            Assert.That(sheets[name].SelectMany(r => r).OfType<string>(), Has.None.EqualTo(ReportContext.NoData), name);
    }

    private static Dictionary<string, List<object?[]>> Read(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = ExcelReaderFactory.CreateReader(stream);
        var sheets = new Dictionary<string, List<object?[]>>(StringComparer.Ordinal);
        do
        {
            var rows = new List<object?[]>();
            while (reader.Read())
                rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetValue).ToArray());
            sheets[reader.Name] = rows;
        }
        while (reader.NextResult());
        return sheets;
    }

    private static object?[] Row(List<object?[]> rows, string first) =>
        rows.FirstOrDefault(r => r.Length > 0 && Equals(r[0]?.ToString(), first)) ?? throw new AssertionException($"no row starting with {first}");

    private static double Number(object? cell) => Convert.ToDouble(cell, CultureInfo.InvariantCulture);

    private static double[] Numbers(object?[] row, params int[] columns) => columns.Select(c => Number(row[c])).ToArray();
}
