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

    /// <summary>Student roster. The name columns are listed only so that a roster is recognised as one: they are never read.</summary>
    public static readonly KindSchema Students = new("students", needsCycle: true,
        Req("school_code", SchoolCodeAliases),
        Req("student_id", "เลขประจำตัวประชาชน", "เลขบัตรประชาชน", "เลขประจำตัวประชาชน 13 หลัก", "citizen id", "เลขประจำตัว"),
        Req("grade", "ชั้น", "ระดับชั้น"),
        Req("sex", "เพศ", "gender"),
        Opt("birth_date", "วันเกิด", "วันเดือนปีเกิด", "วัน/เดือน/ปีเกิด"),
        Opt("academic_year", "ปีการศึกษา"),
        Opt("round", "รอบ", "ครั้งที่"),
        Opt("submitted_at", "วันที่ส่ง", "วันที่ยืนยันข้อมูล"),
        Personal("first_name", "ชื่อ"),
        Personal("last_name", "นามสกุล"),
        Personal("full_name", "ชื่อ-สกุล", "ชื่อ-นามสกุล", "ชื่อ สกุล"));


    public static readonly KindSchema Training = new("training", needsCycle: false,
        Req("course_code", "รหัสหลักสูตร", "รหัสวิชา"),
        Opt("course_title", "หลักสูตร", "ชื่อหลักสูตร", "ชื่อการอบรม"),
        Req("start_date", "วันที่อบรม", "วันที่เริ่มอบรม", "วันที่"),
        Opt("hours", "ชั่วโมง", "จำนวนชั่วโมง"),
        Req("person_id", "เลขประจำตัวประชาชน", "เลขบัตรประชาชน", "รหัสบุคลากร", "staff_id", "citizen_id"),
        Opt("position", "ตำแหน่ง"),
        Opt("school_code", SchoolCodeAliases),
        Opt("work_group", "กลุ่มงาน", "กลุ่ม", "หน่วยงาน"),
        Opt("attended", "เข้าร่วม", "เข้าอบรม"),
        Opt("passed", "ผ่าน", "ผ่านการอบรม"));

    public static readonly KindSchema Equipment = new("equipment", needsCycle: false,
        Req("school_code", SchoolCodeAliases),
        Req("survey_date", "วันที่สำรวจ"),
        Req("equipment_type", "ประเภท", "ประเภทครุภัณฑ์", "type"),
        Req("quantity", "จำนวน", "จำนวนทั้งหมด"),
        Opt("working", "ใช้งานได้", "ใช้การได้"),
        Opt("broken", "ชำรุด", "ใช้งานไม่ได้"));

    public static readonly KindSchema Loans = new("loans", needsCycle: false,
        Req("loan_no", "เลขที่", "เลขที่ยืม", "เลขที่การยืม"),
        Req("item", "รายการ", "รายการที่ยืม"),
        Opt("equipment_type", "ประเภท", "ประเภทอุปกรณ์"),
        Req("borrower_group", "กลุ่มงาน/โรงเรียน", "ผู้ยืม (กลุ่มงาน/โรงเรียน)", "ผู้ยืม", "หน่วยงานผู้ยืม"),
        Req("loan_date", "วันที่ยืม"),
        Opt("due_date", "กำหนดคืน", "วันที่กำหนดคืน"),
        Opt("returned_date", "วันที่คืน"));

    public static readonly KindSchema DltvUsage = new("dltv_usage", needsCycle: false,
        Req("school_code", SchoolCodeAliases),
        Req("date", "วันที่", "usage_date", "วันที่ใช้งาน"),
        Req("grade", "ชั้น", "ระดับชั้น"),
        Req("periods_planned", "คาบที่สอน", "จำนวนคาบที่สอน", "คาบตามตาราง"),
        Req("periods_dltv", "คาบที่ใช้ dltv", "จำนวนคาบที่ใช้ dltv"),
        Opt("signal_ok", "สัญญาณปกติ", "สัญญาณ"),
        Opt("problem", "ปัญหา", "ปัญหาที่พบ"));

    public static readonly KindSchema Supervision = new("supervision", needsCycle: false,
        Req("school_code", SchoolCodeAliases),
        Req("visit_date", "วันที่นิเทศ", "วันที่ติดตาม"),
        Opt("topic", "เรื่อง", "เรื่องที่นิเทศ"),
        Req("rating", "ผลการประเมิน", "ระดับคุณภาพ", "คะแนน"),
        Opt("finding", "ข้อค้นพบ", "ผลการนิเทศ"),
        Opt("supervisor_id", "เลขประจำตัวผู้นิเทศ", "รหัสผู้นิเทศ"));

    public static readonly KindSchema ServiceRequests = new("service_requests", needsCycle: false,
        Req("request_no", "เลขที่คำขอ", "เลขที่"),
        Req("requested_at", "วันที่ขอ", "วันที่ขอรับบริการ", "วันเวลาที่ขอ"),
        Opt("requester_position", "ตำแหน่ง", "ตำแหน่งผู้ขอ"),
        Req("requester_group", "กลุ่มงาน/โรงเรียน", "ผู้ขอ (กลุ่มงาน/โรงเรียน)", "หน่วยงานผู้ขอ"),
        Req("service_type", "ประเภทบริการ", "บริการ"),
        Opt("decision", "ความเห็นผู้อำนวยการกลุ่ม", "ความเห็น", "ผลการพิจารณา"),
        Opt("decided_at", "วันที่อนุญาต", "วันที่พิจารณา"),
        Opt("performed_by_group", "ผู้ดำเนินการ", "กลุ่มผู้ดำเนินการ"),
        Opt("completed_at", "วันที่ดำเนินการแล้วเสร็จ", "วันที่แล้วเสร็จ"));

    public static IReadOnlyList<KindSchema> All { get; } = [Schools, Enrolment, Students, Training, Equipment, Loans, DltvUsage, Supervision, ServiceRequests];

    public static KindSchema? Find(string name) =>
        All.FirstOrDefault(k => string.Equals(k.Name, name, StringComparison.OrdinalIgnoreCase));
}
