using static Dlict.Reports.Dictionary.DataDictionary;

namespace Dlict.Reports.Dictionary;

/// <summary>Data quality over time (quality.md): the flags and the score per school.</summary>
internal static class QualityViews
{
    public static readonly DictionaryView[] All =
    [
        new("v_enrolment_anomalies", "ข้อสังเกตข้อมูลจำนวนนักเรียน", "flag (cycle × school × grade × check)", true,
            "SELECT district, school_name, grade, \"check\", previous_value, value, change_pct, message FROM v_enrolment_anomalies\nWHERE cycle = '2568/1' ORDER BY district, school_code, grade_order;",
        [
            C("school_code", "รหัสโรงเรียน", "An open school that sent the cycle (expected on its deadline)."),
            C("school_name", "ชื่อโรงเรียน", "School name in the registry version valid on the deadline."),
            C("district", "อำเภอ", "District in the registry version valid on the deadline; null when the registry has none."),
            C("cycle", "รอบข้อมูล", "Data cycle, e.g. 2568/1; compared with the same round of the previous academic year (2567/1)."),
            C("grade", "ชั้น", "Grade of the flag (dim_grade); for cohort, the next grade (this year's)."),
            C("check", "ข้อสังเกต", "jump (|change| ≥ 10 and ≥ 30 % of last year, both > 0), new_grade (0 or absent last year in a round the school sent, ≥ 10 now), grade_vanished (≥ 10 last year, 0 or absent now), cohort (this grade last year → the next grade of the same level this year, |change| ≥ 10 and ≥ 30 %), sex_ratio (≥ 20 pupils, boys < 20 % or > 80 %), crowded_room (rooms > 0, > 50 pupils a room). The over-time checks need the previous year's round sent. A keyword: quote it as \"check\"."),
            C("previous_value", "ค่าเดิม", "jump: last year's total; new_grade: 0; grade_vanished: last year's total; cohort: the previous grade's total last year; sex_ratio: boys; crowded_room: rooms."),
            C("value", "ค่าปัจจุบัน", "jump, new_grade: this year's total; grade_vanished: 0; cohort: the next grade's total this year; sex_ratio, crowded_room: the grade's total."),
            C("change_pct", "เปลี่ยนแปลง (%)", "(value − previous_value) × 100 / previous_value, one decimal, rounded half away from zero; null where previous_value is 0 and for sex_ratio and crowded_room."),
            C("message", "คำอธิบาย", "The flag in Thai, to read out to the school."),
            C("message_en", "คำอธิบาย (อังกฤษ)", "The flag in English."),
            C("grade_order", "ลำดับชั้น", "Order of the grade, 1 (อ.1) to 18 (ปวช.3), for sorting."),
        ]),
        new("v_data_quality", "คะแนนคุณภาพข้อมูล", "cycle × expected school", true,
            "SELECT district, school_name, status, late, rejected_rows, anomalies, score FROM v_data_quality\nWHERE cycle = '2568/1' AND score < 100 ORDER BY score, school_code;",
        [
            C("school_code", "รหัสโรงเรียน", "Expected school (as v_submission_status)."),
            C("school_name", "ชื่อโรงเรียน", "School name in the registry version valid on the deadline."),
            C("district", "อำเภอ", "District in the registry version valid on the deadline; null when the registry has none."),
            C("cycle", "รอบข้อมูล", "Data cycle, e.g. 2568/1."),
            C("status", "สถานะ", "on_time, late or missing, as v_submission_status."),
            C("late", "ส่งล่าช้า", "1 when the status is late, else 0."),
            C("rejected_rows", "แถวที่ถูกปฏิเสธ", "Rows rejected from the school's most recent version; 0 when missing."),
            C("anomalies", "จำนวนข้อสังเกต", "Number of the school's rows in v_enrolment_anomalies for the cycle."),
            C("score", "คะแนนคุณภาพข้อมูล", "100 − 10 × late − min(30, rejected_rows) − min(30, 5 × anomalies), 40–100; null for a school that has not sent."),
        ]),
    ];
}
