using static Dlict.Reports.Dictionary.DataDictionary;

namespace Dlict.Reports.Dictionary;

internal static class SubmissionViews
{
    public static readonly DictionaryView[] All =
    [
        new("v_submission_status", "สถานะการส่งข้อมูล", "cycle × expected school", true,
            "SELECT school_code, school_name, district, status FROM v_submission_status\nWHERE cycle = '2568/1' AND status <> 'on_time' ORDER BY status, district;",
        [
            C("cycle", "รอบข้อมูล", "Data cycle: academic year (BE) / round, e.g. 2568/1."),
            C("school_code", "รหัสโรงเรียน", "Expected school: a registry version valid on the cycle's deadline with status open."),
            C("school_name", "ชื่อโรงเรียน", "School name in the registry version valid on the deadline."),
            C("district", "อำเภอ", "District in the registry version valid on the deadline; null when the registry has none."),
            C("cluster", "กลุ่มเครือข่าย", "Cluster in the registry version valid on the deadline; null when the registry has none."),
            C("deadline", "กำหนดส่ง", "Deadline of the cycle: ISO CE date (yyyy-MM-dd), Asia/Bangkok."),
            C("submitted_at", "ส่งครั้งแรก", "Time of the first submission (yyyy-MM-dd HH:mm:ss, Asia/Bangkok); null when none."),
            C("last_submitted_at", "ส่งครั้งล่าสุด", "Time of the latest submission (Asia/Bangkok); null when none."),
            C("status", "สถานะ", "on_time (date of the first submission on or before the deadline), late (after it) or missing (no submission)."),
            C("versions", "จำนวนครั้งที่ส่ง", "Number of submissions (versions) the school sent for the cycle; 0 when missing."),
            C("rejected_rows", "แถวที่ถูกปฏิเสธ", "Rows rejected from the school's most recent version (what it must fix now); 0 when missing."),
        ]),
        new("v_reporting_rate", "อัตราการส่งข้อมูล", "cycle × district, plus district = ALL", true,
            "SELECT district, expected, submitted, reporting_rate, on_time_rate FROM v_reporting_rate WHERE cycle = '2568/1' ORDER BY reporting_rate;",
        [
            C("cycle", "รอบข้อมูล", "Data cycle, e.g. 2568/1."),
            C("district", "อำเภอ", "District; ALL for the whole area office; empty text for expected schools without a district."),
            C("expected", "โรงเรียนที่ต้องส่ง", "Expected schools (open on the deadline); always > 0 (districts without expected schools have no row)."),
            C("submitted", "ส่งแล้ว", "Expected schools with at least one submission (on_time + late)."),
            C("on_time", "ส่งตรงเวลา", "Schools whose first submission was on or before the deadline date."),
            C("late", "ส่งล่าช้า", "Schools whose first submission was after the deadline date."),
            C("missing", "ยังไม่ส่ง", "Expected schools without a submission."),
            C("reporting_rate", "อัตราการส่งข้อมูล (%)", "submitted / expected × 100, percentage 0–100 to one decimal, rounded half away from zero."),
            C("on_time_rate", "อัตราส่งตรงเวลา (%)", "on_time / expected × 100, percentage 0–100 to one decimal, rounded half away from zero."),
        ]),
        new("v_submission_history", "ประวัติการส่งข้อมูลจำนวนนักเรียน", "cycle × school × submission version", true,
            "SELECT school_code, COUNT(*) AS versions, MIN(submitted_at) AS first_at, MAX(submitted_at) AS last_at\nFROM v_submission_history WHERE cycle = '2568/1' GROUP BY school_code HAVING COUNT(*) > 1;",
        [
            C("cycle", "รอบข้อมูล", "Data cycle, e.g. 2568/1."),
            C("school_code", "รหัสโรงเรียน", "Durable school key of the submitting school."),
            C("version", "ครั้งที่ส่ง", "Version number of the school's enrolment submission in the cycle, 1, 2, … in load order."),
            C("submitted_at", "เวลาที่ส่ง", "Submission time (yyyy-MM-dd HH:mm:ss, Asia/Bangkok): the latest submitted_at in the file's rows for the school, else the file's received time."),
            C("rows_loaded", "แถวที่นำเข้า", "Grade rows of this version that were loaded."),
            C("rejected_rows", "แถวที่ถูกปฏิเสธ", "Rows of this version that were rejected."),
            C("is_latest", "ฉบับล่าสุด", "1 for the version whose rows are in v_enrolment (the one with the latest submitted_at), else 0."),
            C("students", "จำนวนนักเรียน", "Students (male + female, all grades) in this version."),
            C("file_id", "รหัสไฟล์", "The etl_file this version came from (lineage)."),
        ]),
    ];
}
