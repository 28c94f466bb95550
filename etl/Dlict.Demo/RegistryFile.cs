using System.Globalization;

namespace Dlict.Demo;

/// <summary>The OBEC-style school registry: UTF-8 with BOM, two title rows, Thai headers, irrelevant extra columns, `-` placeholders and one row with a 9-digit code.</summary>
internal static class RegistryFile
{
    public const string FileName = "ข้อมูลพื้นฐานโรงเรียน_สพป.อุดรธานีเขต1.csv";

    public static (WrittenFile File, List<BrokenRow> Broken) Write(string inbox, IReadOnlyList<SchoolPlan> schools, DemoOptions options, Random rng)
    {
        var asOf = new DateTime(ThaiDates.CeYear(options.FirstYearBe), 5, 1);
        var csv = new DelimitedFile(',', "\n");
        csv.Row("ข้อมูลพื้นฐานโรงเรียน สพป.อุดรธานี เขต 1");
        csv.Row("ข้อมูล ณ วันที่ " + ThaiDates.BeLongDate(asOf));
        csv.Row("รหัสกระทรวง (10 หลัก)", "รหัส SMIS", "ชื่อโรงเรียน", "สังกัด", "ตำบล", "อำเภอ", "จังหวัด", "กลุ่มโรงเรียน",
            "จัดการเรียนการสอน DLTV", "สถานะโรงเรียน", "เรียนรวมกับ", "ชั้นเรียนต่ำสุดที่เปิดสอน", "ชั้นเรียนสูงสุดที่เปิดสอน",
            "หมายเลขโทรศัพท์ 1", "Email", "ละติจูด", "ลองจิจูด");
        var broken = new List<BrokenRow>();
        var host = schools.First(s => s.IsOpen && s.Size != SchoolSize.Small);
        for (var i = 0; i < schools.Count; i++)
        {
            var s = schools[i];
            csv.Row(Cells(s, host, rng));
            if (i == schools.Count / 2)
            {
                // A branch typed in with a digit missing from its code.
                var code = s.Code[..4] + s.Code[5..];
                var wrong = csv.Row(code, "-", s.Name + " (สาขา)", "สพป.อุดรธานี เขต 1", s.Subdistrict, s.District, "อุดรธานี", s.Cluster,
                    "ไม่จัด", "เปิดสอน", "-", "อ.1", "ป.6", "-", "-", "-", "-");
                broken.Add(new BrokenRow(FileName, wrong, "school_code has 9 digits (" + code + ")", code));
            }
        }
        var path = Path.Combine(inbox, FileName);
        var mtime = asOf.AddHours(9).AddMinutes(15);
        csv.Save(path, DemoEncodings.Utf8Bom, mtime);
        return (new WrittenFile(FileName, "schools", "registry", "utf-8-bom", ",", mtime), broken);
    }

    private static object?[] Cells(SchoolPlan s, SchoolPlan host, Random rng)
    {
        var status = s.Status switch { SchoolStatus.Closed => "ยุบเลิก", SchoolStatus.Merged => "เรียนรวม", _ => "เปิดสอน" };
        var phone = rng.NextDouble() < 0.08 ? "-" : (42000000 + rng.Next(100000, 999999)).ToString(CultureInfo.InvariantCulture);
        var email = rng.NextDouble() < 0.1 ? "-" : "school" + s.Smis + "@udon1.go.th";
        var lat = (17.1 + rng.NextDouble() * 0.6).ToString("0.000000", CultureInfo.InvariantCulture);
        var lon = (102.5 + rng.NextDouble() * 0.6).ToString("0.000000", CultureInfo.InvariantCulture);
        return
        [
            s.Code, s.Smis, s.Name, "สพป.อุดรธานี เขต 1", s.Subdistrict, s.District, "อุดรธานี", s.Cluster,
            s.Dltv ? "ใช้ DLTV" : "ไม่จัด", status, s.Status == SchoolStatus.Merged ? host.Name : "-",
            "อ.1", s.Extended ? "ม.3" : "ป.6", phone, email, lat, lon,
        ];
    }
}
