using static Dlict.Reports.Dictionary.DataDictionary;

namespace Dlict.Reports.Dictionary;

internal static class StudentViews
{
    public static readonly DictionaryView[] All =
    [
        new("v_student_duplicates", "นักเรียนซ้ำซ้อนหลายโรงเรียน", "cycle × student listed by more than one school", true,
            "SELECT cycle, first_school, last_school, COUNT(*) AS students FROM v_student_duplicates\nGROUP BY cycle, first_school, last_school ORDER BY students DESC;",
        [
            C("cycle", "รอบข้อมูล", "Data cycle, e.g. 2568/1."),
            C("student_key", "รหัสนักเรียน (แฮช)", "Keyed hash (HMAC-SHA256, 64 lower-case hex digits) of the citizen id or G-code; no ids or names are stored."),
            C("schools", "จำนวนโรงเรียน", "Number of distinct schools whose latest roster of the cycle lists the student (always ≥ 2)."),
            C("school_codes", "รหัสโรงเรียน", "Those school codes in ascending order, comma-separated without spaces."),
            C("first_school", "รหัสโรงเรียนแรก", "The smallest of those school codes."),
            C("last_school", "รหัสโรงเรียนสุดท้าย", "The largest of those school codes."),
        ]),
        new("v_roster_reconciliation", "เปรียบเทียบรายชื่อกับจำนวนนักเรียน", "cycle × school × grade × sex", true,
            "SELECT school_code, grade, sex, roster_count, enrolment_count, difference FROM v_roster_reconciliation\nWHERE cycle = '2568/1' AND COALESCE(difference, 1) <> 0\n  AND school_code IN (SELECT school_code FROM v_roster_reconciliation WHERE cycle = '2568/1' AND roster_count IS NOT NULL)\nORDER BY school_code, grade_order, sex;",
        [
            C("cycle", "รอบข้อมูล", "Data cycle, e.g. 2568/1."),
            C("school_code", "รหัสโรงเรียน", "Durable school key."),
            C("grade", "ชั้น", "Grade, e.g. ป.1."),
            C("grade_order", "ลำดับชั้น", "Sort order of the grade, 1 (อ.1) to 18 (ปวช.3)."),
            C("sex", "เพศ", "male or female."),
            C("roster_count", "จำนวนตามรายชื่อ", "Students of that grade and sex in the school's latest per-student roster; null when the roster has none."),
            C("enrolment_count", "จำนวนตามแบบรายงาน", "Students of that grade and sex in the school's latest enrolment counts; null when that grade was not reported."),
            C("difference", "ผลต่าง", "roster_count − enrolment_count; null where one side is absent."),
        ]),
        new("v_roster_history", "ประวัติการส่งรายชื่อนักเรียน", "cycle × school × roster version", true,
            "SELECT cycle, COUNT(DISTINCT school_code) AS schools, SUM(students) AS students\nFROM v_roster_history WHERE is_latest = 1 GROUP BY cycle;",
        [
            C("cycle", "รอบข้อมูล", "Data cycle, e.g. 2568/1."),
            C("school_code", "รหัสโรงเรียน", "Durable school key of the submitting school."),
            C("version", "ครั้งที่ส่ง", "Version number of the school's roster in the cycle, 1, 2, … in load order."),
            C("submitted_at", "เวลาที่ส่ง", "Submission time (yyyy-MM-dd HH:mm:ss, Asia/Bangkok): the latest submitted_at in the roster rows for the school, else the file's received time."),
            C("students", "จำนวนนักเรียน", "Students (rows) loaded from this roster version."),
            C("rejected_rows", "แถวที่ถูกปฏิเสธ", "Rows of this roster version that were rejected."),
            C("is_latest", "ฉบับล่าสุด", "1 for the version whose students are in the roster facts (v_roster_reconciliation, v_student_duplicates), else 0."),
            C("file_id", "รหัสไฟล์", "The etl_file this version came from (lineage)."),
        ]),
    ];
}
