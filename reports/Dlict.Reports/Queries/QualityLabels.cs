namespace Dlict.Reports.Queries;

/// <summary>Thai names of the checks of v_enrolment_anomalies (quality.md).</summary>
public static class QualityLabels
{
    public static string Check(string check) => check switch
    {
        "jump" => "จำนวนนักเรียนเปลี่ยนมาก",
        "new_grade" => "มีชั้นใหม่",
        "grade_vanished" => "ชั้นหายไป",
        "cohort" => "นักเรียนรุ่นเดียวกันเปลี่ยนมาก",
        "sex_ratio" => "สัดส่วนชาย/หญิงผิดปกติ",
        "crowded_room" => "นักเรียนต่อห้องเกิน 50 คน",
        _ => check,
    };
}
