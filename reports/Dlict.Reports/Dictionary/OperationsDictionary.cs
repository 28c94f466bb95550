using static Dlict.Reports.Dictionary.DataDictionary;

namespace Dlict.Reports.Dictionary;

internal static class OperationsDictionary
{
    public static readonly DictionaryView[] All =
    [
        new("v_training", "การอบรมบุคลากร", "course × school or office work group", true,
            "SELECT fiscal_year, SUM(participants) AS registered, SUM(attended) AS attended, SUM(passed) AS passed\nFROM v_training GROUP BY fiscal_year ORDER BY fiscal_year;",
        [
            C("course_code", "รหัสหลักสูตร", "Course key as written in the training files."),
            C("course_title", "ชื่อหลักสูตร", "Course title; null when no file gave one."),
            C("start_date", "วันเริ่ม", "First day of the course: ISO CE date (yyyy-MM-dd)."),
            C("fiscal_year", "ปีงบประมาณ", "BE fiscal year of the start date (1 Oct – 30 Sep, named by the BE year it ends in, e.g. 2025-11-10 → 2569); null outside 2015–2040."),
            C("school_code", "รหัสโรงเรียน", "School of the participants; null for office work groups."),
            C("work_group", "กลุ่มงาน", "Office work group of the participants as written in the file; null for school staff."),
            C("participants", "ผู้ลงทะเบียน", "Distinct staff (hashed ids) registered for the course from this school or group."),
            C("attended", "เข้าอบรม", "Of them, staff who attended (attendance defaults to yes when the file does not say)."),
            C("passed", "ผ่านการอบรม", "Of them, staff who attended and passed; not-passed and unknown count as 0."),
            C("hours", "ชั่วโมง", "Training hours of the course per participant; null when unknown."),
            C("school_name", "ชื่อโรงเรียน", "Current registry name of the school; null for work groups or unknown codes."),
        ]),
        new("v_equipment", "ครุภัณฑ์", "school × equipment type (latest survey)", true,
            "SELECT equipment_type, equipment_label, SUM(quantity) AS quantity, SUM(working) AS working, SUM(broken) AS broken\nFROM v_equipment GROUP BY equipment_type, equipment_label ORDER BY equipment_type;",
        [
            C("school_code", "รหัสโรงเรียน", "Durable school key."),
            C("school_name", "ชื่อโรงเรียน", "Current registry name; null when the code is not in the registry."),
            C("district", "อำเภอ", "Current registry district; null when unknown."),
            C("equipment_type", "ประเภทครุภัณฑ์", "Equipment type code: dish, receiver, tv, computer, notebook, tablet, projector, router or other."),
            C("survey_date", "วันที่สำรวจ", "Date (ISO CE) of the school's latest survey of this type; earlier surveys are kept in the facts but not shown."),
            C("quantity", "จำนวน", "Items of the type in total at that survey."),
            C("working", "ใช้งานได้", "Items in working order; null when the survey did not say."),
            C("broken", "ชำรุด", "Broken items; null when the survey did not say."),
            C("equipment_label", "ชื่อประเภท (ไทย)", "Thai label of the equipment type, e.g. จานดาวเทียม."),
        ]),
        new("v_loans", "การยืมวัสดุอุปกรณ์", "loan", true,
            "SELECT loan_no, item, borrower_group, due_date FROM v_loans WHERE status = 'overdue' ORDER BY due_date;",
        [
            C("loan_no", "เลขที่การยืม", "Loan number (the key; a later file with the same number updates the loan)."),
            C("item", "รายการ", "Item lent, as written."),
            C("equipment_type", "ประเภทครุภัณฑ์", "Equipment type code of the item; null when not given or not understood."),
            C("borrower_group", "ผู้ยืม (กลุ่ม/โรงเรียน)", "Borrowing work group or school, as written (no person is stored)."),
            C("loan_date", "วันที่ยืม", "Loan date (ISO CE)."),
            C("due_date", "กำหนดคืน", "Due date (ISO CE); null when none was set."),
            C("returned_date", "วันที่คืน", "Return date (ISO CE); null while out."),
            C("status", "สถานะ", "returned (returned_date set), overdue (not returned and due_date before as_of) or out."),
            C("as_of", "ณ วันที่", "Today's date in Asia/Bangkok (ISO CE) when the query runs: the date status is judged against."),
        ]),
        new("v_service_requests", "คำขอรับบริการ", "service request", true,
            "SELECT fiscal_year, service_type, COUNT(*) AS requests, AVG(turnaround_days * 1.0) AS avg_days\nFROM v_service_requests GROUP BY fiscal_year, service_type ORDER BY fiscal_year, service_type;",
        [
            C("request_no", "เลขที่คำขอ", "Request number (the key; a later file with the same number updates the request)."),
            C("requested_at", "วันที่ขอ", "Date and time of the request (yyyy-MM-dd HH:mm:ss, Asia/Bangkok)."),
            C("requester_group", "กลุ่ม/โรงเรียนผู้ขอ", "Requesting work group or school, as written."),
            C("service_type", "ประเภทบริการ", "Service type, as written in the files."),
            C("decision", "ผลพิจารณา", "approved or denied by the group director; null while pending."),
            C("completed_at", "วันที่แล้วเสร็จ", "Completion date and time (Asia/Bangkok); null while open."),
            C("turnaround_days", "ระยะเวลา (วัน)", "Calendar days from the requested date to the completed date (integer); null while open."),
            C("requester_position", "ตำแหน่งผู้ขอ", "Position of the requester; null when not given."),
            C("decided_at", "วันที่พิจารณา", "Date and time of the decision (Asia/Bangkok); null while pending or not recorded."),
            C("performed_by_group", "กลุ่มผู้ให้บริการ", "Work group that performed the service; null when not given."),
            C("fiscal_year", "ปีงบประมาณ", "BE fiscal year of the requested date (1 Oct – 30 Sep, named by the BE year it ends in); null outside 2015–2040."),
        ]),
    ];
}
