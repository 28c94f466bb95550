using static Dlict.Reports.Dictionary.DataDictionary;

namespace Dlict.Reports.Dictionary;

internal static class DltvViews
{
    public static readonly DictionaryView[] All =
    [
        new("v_dltv_readiness", "ความพร้อม DLTV", "DLTV school (current registry, dltv = 1)", true,
            "SELECT district, SUM(ready) AS ready, COUNT(*) AS dltv_schools, AVG(usage_rate) AS mean_usage_rate\nFROM v_dltv_readiness GROUP BY district ORDER BY district;",
        [
            C("school_code", "รหัสโรงเรียน", "Durable school key of a current DLTV school."),
            C("school_name", "ชื่อโรงเรียน", "Current registry name."),
            C("district", "อำเภอ", "Current registry district."),
            C("has_dish", "มีจานรับสัญญาณ", "1 when the latest equipment survey shows at least one working dish, else 0 (also 0 when never surveyed)."),
            C("has_receiver", "มีเครื่องรับสัญญาณ", "1 when the latest survey shows at least one working receiver, else 0."),
            C("has_tv", "มีโทรทัศน์", "1 when the latest survey shows at least one working TV, else 0."),
            C("ready", "พร้อมใช้งาน", "1 when dish, receiver and TV all work, else 0."),
            C("usage_rate", "อัตราการใช้งาน (%)", "Σ periods_dltv / Σ periods_planned × 100 over the 90 days ending at last_usage, one decimal, half away from zero; null without usage records."),
            C("last_supervision", "นิเทศครั้งล่าสุด", "Date (ISO CE) of the latest supervision visit; null when never visited."),
            C("last_rating", "ผลการนิเทศล่าสุด", "Rating 1 (lowest) – 5 (highest) given at that visit; null when never visited."),
            C("last_usage", "บันทึกการใช้ล่าสุด", "Date (ISO CE) of the school's latest DLTV usage record; null when none."),
        ]),
        new("v_dltv_usage", "บันทึกการใช้ DLTV", "school × day × grade", true,
            "SELECT school_code, academic_year, semester, SUM(periods_dltv) AS dltv, SUM(periods_planned) AS planned\nFROM v_dltv_usage GROUP BY school_code, academic_year, semester ORDER BY school_code;",
        [
            C("school_code", "รหัสโรงเรียน", "Durable school key."),
            C("usage_date", "วันที่", "Teaching day (ISO CE)."),
            C("academic_year", "ปีการศึกษา", "BE academic year of the day (starts 16 May); null outside 2015–2040."),
            C("semester", "ภาคเรียน", "1 (16 May – 31 Oct) or 2 (1 Nov – 15 May); null outside 2015–2040."),
            C("grade", "ชั้น", "Grade, e.g. ป.1."),
            C("periods_planned", "คาบตามตาราง", "Periods timetabled that day for the grade."),
            C("periods_dltv", "คาบที่ใช้ DLTV", "Of them, periods taught with DLTV lessons."),
            C("signal_ok", "สัญญาณปกติ", "1 when the satellite signal was fine, 0 when not, null when not recorded."),
            C("problem", "ปัญหาที่พบ", "Problem noted by the school, as written; null when none."),
        ]),
    ];
}
