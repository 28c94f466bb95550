using static Dlict.Reports.Dictionary.DataDictionary;

namespace Dlict.Reports.Dictionary;

internal static class SubmissionViews
{
    public static readonly DictionaryView[] All =
    [
        new("v_submission_status", "สถานะการส่งข้อมูล", "cycle × expected school", true,
            "SELECT school_code, school_name, district, status FROM v_submission_status\nWHERE cycle = '2568/1' AND status <> 'on_time' ORDER BY status, district;",
        [
            C("cycle", "รอบข้อมูล", "Data cycle, e.g. 2568/1."),
            C("school_code", "รหัสโรงเรียน", "Expected school: registry version valid on the deadline with status open."),
            C("school_name", "ชื่อโรงเรียน", "School name on the deadline."),
            C("district", "อำเภอ", "District on the deadline."),
            C("cluster", "กลุ่มเครือข่าย", "Cluster on the deadline."),
            C("deadline", "กำหนดส่ง", "Deadline of the cycle (ISO date, Asia/Bangkok)."),
            C("submitted_at", "ส่งครั้งแรก", "Time of the first submission; null when none."),
            C("last_submitted_at", "ส่งครั้งล่าสุด", "Time of the latest submission; null when none."),
            C("status", "สถานะ", "on_time (first submission on or before the deadline date), late, or missing."),
            C("versions", "จำนวนครั้งที่ส่ง", "Number of submissions (versions) of the school in the cycle."),
            C("rejected_rows", "แถวที่ถูกปฏิเสธ", "Rows rejected from the latest submission."),
        ]),
        new("v_reporting_rate", "อัตราการส่งข้อมูล", "cycle × district, plus district = ALL", true,
            "SELECT district, expected, submitted, reporting_rate, on_time_rate FROM v_reporting_rate WHERE cycle = '2568/1';",
        [
            C("cycle", "รอบข้อมูล", "Data cycle, e.g. 2568/1."),
            C("district", "อำเภอ", "District, or ALL for the whole area office."),
            C("expected", "โรงเรียนที่ต้องส่ง", "Expected schools."),
            C("submitted", "ส่งแล้ว", "Expected schools with at least one submission."),
            C("on_time", "ส่งตรงเวลา", "Schools whose first submission was on or before the deadline."),
            C("late", "ส่งล่าช้า", "Schools whose first submission was after the deadline."),
            C("missing", "ยังไม่ส่ง", "Schools without a submission."),
            C("reporting_rate", "อัตราการส่งข้อมูล (%)", "submitted / expected × 100, one decimal, half away from zero."),
            C("on_time_rate", "อัตราส่งตรงเวลา (%)", "on_time / expected × 100, one decimal, half away from zero."),
        ]),
        new("v_student_duplicates", "นักเรียนซ้ำซ้อนหลายโรงเรียน", "cycle × student in more than one school", false,
            "SELECT cycle, COUNT(*) AS duplicated_students FROM v_student_duplicates GROUP BY cycle;",
        [
            C("cycle", "รอบข้อมูล", "Data cycle, e.g. 2568/1."),
            C("student_key", "รหัสนักเรียน (แฮช)", "Hashed student id (no citizen ids are stored)."),
            C("schools", "จำนวนโรงเรียน", "Number of schools that list the student in the cycle."),
            C("school_codes", "รหัสโรงเรียน", "The school codes, comma-separated."),
        ]),
        new("v_roster_reconciliation", "เปรียบเทียบรายชื่อกับจำนวนนักเรียน", "cycle × school × grade × sex", false,
            "SELECT school_code, grade, sex, difference FROM v_roster_reconciliation\nWHERE cycle = '2568/1' AND difference <> 0;",
        [
            C("cycle", "รอบข้อมูล", "Data cycle, e.g. 2568/1."),
            C("school_code", "รหัสโรงเรียน", "Durable school key."),
            C("grade", "ชั้น", "Grade, e.g. ป.1."),
            C("sex", "เพศ", "male or female."),
            C("roster_count", "จำนวนตามรายชื่อ", "Students in the per-student roster."),
            C("enrolment_count", "จำนวนตามแบบรายงาน", "Students in the enrolment counts."),
            C("difference", "ผลต่าง", "roster_count − enrolment_count; null where one side is absent."),
        ]),
    ];
}
