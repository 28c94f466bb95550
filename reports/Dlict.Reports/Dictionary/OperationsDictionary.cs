using static Dlict.Reports.Dictionary.DataDictionary;

namespace Dlict.Reports.Dictionary;

internal static class OperationsDictionary
{
    public static readonly DictionaryView[] All =
    [
        new("v_training", "การอบรมบุคลากร", "course × school or work group", false,
            "SELECT fiscal_year, SUM(attended) AS attended, SUM(passed) AS passed FROM v_training GROUP BY fiscal_year;",
        [
            C("course_code", "รหัสหลักสูตร", "Course key."), C("course_title", "ชื่อหลักสูตร", "Course title."),
            C("start_date", "วันเริ่ม", "First day of the course (ISO)."),
            C("fiscal_year", "ปีงบประมาณ", "BE fiscal year of the start date (1 Oct – 30 Sep, named by the year it ends in)."),
            C("school_code", "รหัสโรงเรียน", "School of the participants; null for office work groups."),
            C("work_group", "กลุ่มงาน", "Office work group of the participants; null for schools."),
            C("participants", "ผู้ลงทะเบียน", "Staff registered."), C("attended", "เข้าอบรม", "Staff who attended."),
            C("passed", "ผ่านการอบรม", "Staff who passed."), C("hours", "ชั่วโมง", "Training hours of the course per participant."),
        ]),
        new("v_equipment", "ครุภัณฑ์", "school × equipment type (latest survey)", false,
            "SELECT equipment_type, SUM(working) AS working, SUM(broken) AS broken FROM v_equipment GROUP BY equipment_type;",
        [
            C("school_code", "รหัสโรงเรียน", "Durable school key."), C("school_name", "ชื่อโรงเรียน", "Current school name."),
            C("district", "อำเภอ", "District."), C("equipment_type", "ประเภทครุภัณฑ์", "Equipment type."),
            C("survey_date", "วันที่สำรวจ", "Date of the latest survey (ISO)."), C("quantity", "จำนวน", "Items in total."),
            C("working", "ใช้งานได้", "Items in working order."), C("broken", "ชำรุด", "Broken items."),
        ]),
        new("v_dltv_readiness", "ความพร้อม DLTV", "DLTV school", false,
            "SELECT district, SUM(ready) AS ready, COUNT(*) AS dltv_schools FROM v_dltv_readiness GROUP BY district;",
        [
            C("school_code", "รหัสโรงเรียน", "Durable school key."), C("school_name", "ชื่อโรงเรียน", "Current school name."),
            C("district", "อำเภอ", "District."), C("has_dish", "มีจานรับสัญญาณ", "1 when at least one dish works."),
            C("has_receiver", "มีเครื่องรับสัญญาณ", "1 when at least one receiver works."), C("has_tv", "มีโทรทัศน์", "1 when at least one TV works."),
            C("ready", "พร้อมใช้งาน", "1 when dish, receiver and TV all work."),
            C("usage_rate", "อัตราการใช้งาน (%)", "Σ periods_dltv / Σ periods_planned × 100 over the 90 days ending at the school's latest usage record."),
            C("last_supervision", "นิเทศครั้งล่าสุด", "Date of the latest supervision visit."), C("last_rating", "ผลการนิเทศล่าสุด", "Rating given at that visit."),
        ]),
        new("v_loans", "การยืมวัสดุอุปกรณ์", "loan", false,
            "SELECT status, COUNT(*) AS loans FROM v_loans GROUP BY status;",
        [
            C("loan_no", "เลขที่การยืม", "Loan number."), C("item", "รายการ", "Item lent."),
            C("equipment_type", "ประเภทครุภัณฑ์", "Equipment type of the item."), C("borrower_group", "ผู้ยืม (กลุ่ม/โรงเรียน)", "Borrowing group or school."),
            C("loan_date", "วันที่ยืม", "Loan date."), C("due_date", "กำหนดคืน", "Due date."),
            C("returned_date", "วันที่คืน", "Return date; null while out."),
            C("status", "สถานะ", "returned, out or overdue (as of today, Asia/Bangkok)."),
        ]),
        new("v_service_requests", "คำขอรับบริการ", "service request", false,
            "SELECT service_type, COUNT(*) AS requests, AVG(turnaround_days) AS avg_days FROM v_service_requests GROUP BY service_type;",
        [
            C("request_no", "เลขที่คำขอ", "Request number."), C("requested_at", "วันที่ขอ", "Date and time of the request."),
            C("requester_group", "กลุ่ม/โรงเรียนผู้ขอ", "Requesting group or school."), C("service_type", "ประเภทบริการ", "Service type."),
            C("decision", "ผลพิจารณา", "Director's decision; null while pending."), C("completed_at", "วันที่แล้วเสร็จ", "Completion date; null while open."),
            C("turnaround_days", "ระยะเวลา (วัน)", "Calendar days from the requested date to the completed date; null while open."),
        ]),
    ];
}
