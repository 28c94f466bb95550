using static Dlict.Reports.Dictionary.DataDictionary;

namespace Dlict.Reports.Dictionary;

internal static class SchoolViews
{
    public static readonly DictionaryView[] All =
    [
        new("v_school", "ทะเบียนโรงเรียน (ฉบับปัจจุบัน)", "school (its current registry version)", true,
            "SELECT district, size_group, COUNT(*) AS schools FROM v_school WHERE status = 'open' GROUP BY district, size_group;",
        [
            C("school_code", "รหัสโรงเรียน", "Durable school key: 10-digit OBEC code (8-digit SMIS when that is all that is known)."),
            C("school_name", "ชื่อโรงเรียน", "School name in the current registry version."),
            C("smis_code", "รหัส SMIS", "8-digit SMIS code used by older systems; null when unknown."),
            C("district", "อำเภอ", "District (amphoe) of the school; null when not in the registry."),
            C("subdistrict", "ตำบล", "Subdistrict (tambon) of the school; null when not in the registry."),
            C("cluster", "กลุ่มเครือข่าย", "School network cluster inside the area office; null when not in the registry."),
            C("dltv", "โรงเรียน DLTV", "1 when the school teaches with DLTV satellite lessons, else 0."),
            C("status", "สถานะ", "open, closed or merged."),
            C("students", "จำนวนนักเรียน", "Total students (male + female) in the latest cycle for which the school has enrolment data; null when none."),
            C("size_group", "ขนาดโรงเรียน", "OBEC size: small 1–120, medium 121–600, large 601–1500, extra_large ≥ 1501, none for 0 or no data."),
            C("valid_from", "มีผลตั้งแต่", "First day (ISO CE date) of the current registry version."),
        ]),
        new("v_enrolment", "จำนวนนักเรียนรายชั้น", "cycle × school × grade (the school's latest submission)", true,
            "SELECT district, grade, SUM(male) AS male, SUM(female) AS female, SUM(total) AS total\nFROM v_enrolment WHERE cycle = '2568/1' GROUP BY district, grade, grade_order ORDER BY district, grade_order;",
        [
            C("cycle", "รอบข้อมูล", "Data cycle: academic year (BE) / round, e.g. 2568/1."),
            C("academic_year", "ปีการศึกษา", "Academic year in the Buddhist Era (starts 16 May)."),
            C("round", "รอบ", "Round 1 (about 10 Jun), 2 (about 10 Nov) or 3 (end of the academic year)."),
            C("school_code", "รหัสโรงเรียน", "Durable school key."),
            C("school_name", "ชื่อโรงเรียน", "School name in the registry version valid on the cycle's deadline; null when no version was valid then."),
            C("district", "อำเภอ", "District in the registry version valid on the cycle's deadline; null when unknown."),
            C("cluster", "กลุ่มเครือข่าย", "Cluster in the registry version valid on the cycle's deadline; null when unknown."),
            C("grade", "ชั้น", "Grade: อ.1–3, ป.1–6, ม.1–6, ปวช.1–3."),
            C("grade_level", "ระดับชั้น", "kindergarten, primary, lower_secondary, upper_secondary or vocational."),
            C("grade_order", "ลำดับชั้น", "Sort order of the grade, 1 (อ.1) to 18 (ปวช.3)."),
            C("male", "ชาย", "Male students."),
            C("female", "หญิง", "Female students."),
            C("total", "รวม", "male + female (all students of the grade)."),
            C("classrooms", "ห้องเรียน", "Classrooms of the grade; null when not reported."),
        ]),
        new("v_school_size", "โรงเรียนตามขนาด", "cycle × size group", true,
            "SELECT size_group, schools, students FROM v_school_size WHERE cycle = '2568/1';",
        [
            C("cycle", "รอบข้อมูล", "Data cycle, e.g. 2568/1."),
            C("size_group", "ขนาดโรงเรียน", "small, medium, large, extra_large or none (expected schools without students)."),
            C("schools", "จำนวนโรงเรียน", "Expected (open) schools of the cycle in the size group."),
            C("students", "จำนวนนักเรียน", "Total students of those schools in the cycle (latest submissions); 0 for none."),
        ]),
        new("v_office", "สำนักงานเขตพื้นที่ตามทะเบียนโรงเรียน", "area office row seen in a registry file", true,
            "SELECT office_name, last_seen_at FROM v_office ORDER BY last_seen_at DESC;",
        [
            C("office_name", "ชื่อสำนักงานเขตพื้นที่", "Name of the area office as its own registry row gives it (the row skipped as SCH-006); the reports use the one seen last when dlict.json names no office."),
            C("office_code", "รหัสสำนักงาน", "Code in that row as written; null when empty."),
            C("last_seen_at", "พบล่าสุด", "When the registry file that last had this row arrived (Asia/Bangkok date-time)."),
        ]),
    ];
}
