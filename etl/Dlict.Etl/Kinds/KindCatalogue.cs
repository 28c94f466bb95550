using static Dlict.Etl.Kinds.ColumnSpec;

namespace Dlict.Etl.Kinds;

/// <summary>The input kinds of inputs.md with their columns and Thai aliases.</summary>
public static class KindCatalogue
{
    public static readonly string[] SchoolCodeAliases =
        ["รหัสโรงเรียน", "รหัส obec", "รหัสกระทรวง", "รหัสสถานศึกษา", "school id", "รหัสโรงเรียน 10 หลัก"];

    public static readonly KindSchema Schools = new("schools", needsCycle: false,
        Req("school_code", SchoolCodeAliases),
        Req("school_name", "ชื่อโรงเรียน", "ชื่อสถานศึกษา", "โรงเรียน"),
        Opt("smis_code", "รหัส smis", "รหัส 8 หลัก", "smis"),
        Opt("as_of", "ข้อมูล ณ วันที่"),
        Opt("district", "อำเภอ"),
        Opt("subdistrict", "ตำบล"),
        Opt("cluster", "กลุ่มเครือข่าย", "เครือข่าย", "กลุ่มโรงเรียน"),
        Opt("dltv", "โรงเรียนปลายทาง dltv", "ใช้ dltv", "จัดการเรียนการสอน dltv", "การจัดการเรียนการสอน dltv"),
        Opt("status", "สถานะ", "สถานะโรงเรียน"));

    public static readonly KindSchema Enrolment = new("enrolment", needsCycle: true,
        Req("school_code", SchoolCodeAliases),
        Req("grade", "ชั้น", "ระดับชั้น"),
        Req("male", "ชาย", "นักเรียนชาย"),
        Req("female", "หญิง", "นักเรียนหญิง"),
        Opt("total", "รวม"),
        Opt("classrooms", "ห้อง", "จำนวนห้อง", "ห้องเรียน"),
        Opt("academic_year", "ปีการศึกษา"),
        Opt("round", "รอบ", "ครั้งที่"),
        Opt("submitted_at", "วันที่ส่ง", "วันที่ยืนยันข้อมูล"),
        Opt("school_name", "ชื่อโรงเรียน", "ชื่อสถานศึกษา"));

    public static IReadOnlyList<KindSchema> All { get; } = [Schools, Enrolment];

    public static KindSchema? Find(string name) =>
        All.FirstOrDefault(k => string.Equals(k.Name, name, StringComparison.OrdinalIgnoreCase));
}
