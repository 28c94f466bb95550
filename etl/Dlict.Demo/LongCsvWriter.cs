namespace Dlict.Demo;

/// <summary>Long-form enrolment CSVs: Thai headers in Windows-874 with Thai BE date-times, or English headers, `;`, UTF-8 with BOM and ISO date-times.</summary>
internal static class LongCsvWriter
{
    /// <summary>Line number of the first data row (the header is line 1).</summary>
    public const int FirstDataRow = 2;

    public static WrittenFile WriteThai874(string inbox, string name, IReadOnlyList<EnrolmentLine> lines, string cycle)
    {
        var csv = new DelimitedFile(',', "\r\n");
        csv.Row("รหัสโรงเรียน", "ชั้น", "ชาย", "หญิง", "รวม", "ห้องเรียน", "วันที่ส่ง");
        foreach (var l in lines)
        {
            csv.Row(l.SchoolCode, l.Grade, l.Male, l.Female, l.Total, l.Classrooms, ThaiDates.BeDateTimeThai(l.SubmittedAt));
        }
        var mtime = lines.Max(l => l.SubmittedAt);
        csv.Save(Path.Combine(inbox, name), DemoEncodings.Windows874, mtime);
        return new WrittenFile(name, "enrolment", "long", "windows-874", ",", mtime, cycle);
    }

    public static WrittenFile WriteEnglish(string inbox, string name, IReadOnlyList<EnrolmentLine> lines, string cycle)
    {
        var csv = new DelimitedFile(';', "\n");
        csv.Row("school_code", "grade", "male", "female", "total", "classrooms", "submitted_at");
        foreach (var l in lines)
        {
            csv.Row(l.SchoolCode, l.Grade, l.Male, l.Female, l.Total, l.Classrooms, ThaiDates.IsoDateTime(l.SubmittedAt));
        }
        var mtime = lines.Max(l => l.SubmittedAt);
        csv.Save(Path.Combine(inbox, name), DemoEncodings.Utf8Bom, mtime);
        return new WrittenFile(name, "enrolment", "long", "utf-8-bom", ";", mtime, cycle);
    }
}
