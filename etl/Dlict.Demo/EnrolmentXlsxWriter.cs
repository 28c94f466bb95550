using OfficeOpenXml;

namespace Dlict.Demo;

/// <summary>Long-form enrolment in Excel: a merged title row, a blank row, Thai headers, numbers as numbers except a few text-formatted or Thai-digit cells, and the submission time as a real date cell.</summary>
internal static class EnrolmentXlsxWriter
{
    /// <summary>Excel row of the first data row (title, blank row, header above it).</summary>
    public const int FirstDataRow = 4;

    private static readonly string[] Headers = ["รหัสโรงเรียน", "ชั้น", "ชาย", "หญิง", "รวม", "ห้องเรียน", "วันที่ส่ง"];

    public static WrittenFile Write(string inbox, string name, IReadOnlyList<EnrolmentLine> lines, int yearBe, int round, Random rng)
    {
        DemoXlsx.EnsureLicence();
        using var package = new ExcelPackage();
        var sheet = package.Workbook.Worksheets.Add("นักเรียน");
        sheet.Cells[1, 1].Value = FormattableString.Invariant($"ข้อมูลนักเรียน ปีการศึกษา {yearBe} รอบ {round}");
        sheet.Cells[1, 1, 1, Headers.Length].Merge = true;
        for (var c = 0; c < Headers.Length; c++) sheet.Cells[3, c + 1].Value = Headers[c];
        for (var i = 0; i < lines.Count; i++)
        {
            var l = lines[i];
            var r = FirstDataRow + i;
            sheet.Cells[r, 1].Value = l.SchoolCode;
            sheet.Cells[r, 2].Value = l.Grade;
            Number(sheet.Cells[r, 3], l.Male, rng);
            Number(sheet.Cells[r, 4], l.Female, rng);
            Number(sheet.Cells[r, 5], l.Total, rng);
            Number(sheet.Cells[r, 6], l.Classrooms, rng);
            sheet.Cells[r, 7].Value = l.SubmittedAt;
            sheet.Cells[r, 7].Style.Numberformat.Format = "d/m/yyyy h:mm";
        }
        var mtime = lines.Max(l => l.SubmittedAt);
        DemoXlsx.Save(package, Path.Combine(inbox, name), mtime);
        return new WrittenFile(name, "enrolment", "long", "xlsx", "", mtime, DemoCycle.CycleKey(yearBe, round));
    }

    /// <summary>Mostly a number; now and then a text-formatted number or Thai digits, as people type them.</summary>
    private static void Number(ExcelRange cell, int value, Random rng)
    {
        var roll = rng.NextDouble();
        if (roll < 0.03 && value >= 0)
        {
            cell.Style.Numberformat.Format = "@";
            cell.Value = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        else if (roll < 0.05 && value >= 0)
        {
            cell.Value = ThaiDigits(value);
        }
        else
        {
            cell.Value = value;
        }
    }

    public static string ThaiDigits(int value) =>
        new([.. value.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(ch => (char)('๐' + (ch - '0')))]);
}
