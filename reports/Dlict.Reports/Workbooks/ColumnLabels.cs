namespace Dlict.Reports.Workbooks;

/// <summary>Thai names of the input columns a reject points at (<c>total</c> → รวม), so a school reads its problems in Thai.</summary>
public static class ColumnLabels
{
    private static readonly Dictionary<string, string> Thai = new(StringComparer.OrdinalIgnoreCase)
    {
        ["school_code"] = "รหัสโรงเรียน",
        ["school_name"] = "ชื่อโรงเรียน",
        ["smis_code"] = "รหัส SMIS",
        ["district"] = "อำเภอ",
        ["subdistrict"] = "ตำบล",
        ["cluster"] = "กลุ่มเครือข่าย",
        ["dltv"] = "DLTV",
        ["status"] = "สถานะ",
        ["as_of"] = "ข้อมูล ณ วันที่",
        ["academic_year"] = "ปีการศึกษา",
        ["round"] = "รอบ",
        ["grade"] = "ชั้น",
        ["male"] = "ชาย",
        ["female"] = "หญิง",
        ["total"] = "รวม",
        ["classrooms"] = "ห้องเรียน",
        ["submitted_at"] = "วันเวลาที่ส่ง",
        ["student_id"] = "เลขประจำตัวนักเรียน",
        ["sex"] = "เพศ",
        ["birth_date"] = "วันเกิด",
        ["person_id"] = "รหัสบุคลากร",
        ["course_code"] = "รหัสหลักสูตร",
        ["course_title"] = "ชื่อหลักสูตร",
        ["start_date"] = "วันเริ่ม",
        ["attended"] = "เข้าอบรม",
        ["passed"] = "ผ่านการอบรม",
        ["hours"] = "ชั่วโมง",
        ["equipment_type"] = "ประเภทครุภัณฑ์",
        ["quantity"] = "จำนวน",
        ["working"] = "ใช้งานได้",
        ["broken"] = "ชำรุด",
        ["survey_date"] = "วันที่สำรวจ",
        ["date"] = "วันที่",
        ["visit_date"] = "วันที่นิเทศ",
        ["rating"] = "ผลการนิเทศ",
        ["request_no"] = "เลขที่คำขอ",
        ["requested_at"] = "วันเวลาที่ขอ",
        ["service_type"] = "ประเภทบริการ",
        ["decision"] = "ความเห็น",
        ["loan_no"] = "เลขที่ยืม",
        ["loan_date"] = "วันที่ยืม",
        ["due_date"] = "กำหนดคืน",
        ["returned_date"] = "วันที่คืน",
        ["item"] = "รายการ",
        ["periods_dltv"] = "คาบที่ใช้ DLTV",
        ["periods_planned"] = "คาบตามแผน",
        ["work_group"] = "กลุ่มงาน",
    };

    /// <summary><c>ชาย (male)</c>: the Thai name with the code the file's header was matched to, or the code as it is.</summary>
    public static string Of(string? column) =>
        column is null ? "" : Thai.TryGetValue(column, out var thai) ? $"{thai} ({column})" : column;
}
