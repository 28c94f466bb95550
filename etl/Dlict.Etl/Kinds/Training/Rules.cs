using Dlict.Etl.Validation;

namespace Dlict.Etl.Kinds.Training;

/// <summary>The rules of this kind (prefix TRN). Codes are stable: never renumber, only add. docs/validation-rules.md is generated from them.</summary>
public static class Rules
{
    public static readonly Rule CourseCodeMissing = new("TRN-001", Severity.Error, "ไม่มีรหัสหลักสูตร", "course code is empty");
    public static readonly Rule TrainingDateUnreadable = new("TRN-002", Severity.Error, "วันที่อบรมว่างหรืออ่านไม่ได้", "training date missing or unreadable");
    public static readonly Rule TrainingPersonInvalid = new("TRN-003", Severity.Error, "รหัสบุคลากรว่าง หรือเลขประจำตัวประชาชน 13 หลักตรวจสอบหลักสุดท้ายไม่ผ่าน", "person id missing, or a 13-digit citizen ID whose check digit fails (other staff codes are accepted)");
    public static readonly Rule TrainingUnitMissing = new("TRN-004", Severity.Error, "ต้องระบุรหัสโรงเรียนหรือกลุ่มงาน", "give a school code or a work group");
    public static readonly Rule TrainingSchoolUnknown = new("TRN-005", Severity.Error, "ไม่พบรหัสโรงเรียนนี้ในทะเบียนโรงเรียน", "school code not in the school registry") { MeansUnknownSchool = true };
    public static readonly Rule TrainingHoursInvalid = new("TRN-006", Severity.Error, "จำนวนชั่วโมงต้องเป็นตัวเลขตั้งแต่ 0 ขึ้นไป", "hours must be a number ≥ 0");
    public static readonly Rule TrainingFlagUnknown = new("TRN-007", Severity.Error, "ค่าเข้าร่วม/ผ่าน ต้องเป็น Y หรือ N", "attended / passed must be Y or N");
    public static readonly Rule TrainingDuplicate = new("TRN-008", Severity.Error, "บุคคลนี้ซ้ำในหลักสูตรเดียวกันในไฟล์", "the same person appears twice in one course in the file");
}
