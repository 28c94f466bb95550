using Dlict.Etl.Validation;

namespace Dlict.Etl.Kinds.Supervision;

/// <summary>The rules of this kind (prefix SUP). Codes are stable: never renumber, only add. docs/validation-rules.md is generated from them.</summary>
public static class Rules
{
    public static readonly Rule SupervisionSchoolInvalid = new("SUP-001", Severity.Error, "รหัสโรงเรียนไม่ถูกต้องหรือว่าง", "school code missing or invalid");
    public static readonly Rule SupervisionSchoolUnknown = new("SUP-002", Severity.Error, "ไม่พบรหัสโรงเรียนนี้ในทะเบียนโรงเรียน", "school code not in the school registry") { MeansUnknownSchool = true };
    public static readonly Rule VisitDateUnreadable = new("SUP-003", Severity.Error, "วันที่นิเทศว่างหรืออ่านไม่ได้", "visit date missing or unreadable");
    public static readonly Rule RatingOutOfRange = new("SUP-004", Severity.Error, "ผลการประเมินต้องเป็นจำนวนเต็ม 1–5", "rating must be a whole number 1–5");
    public static readonly Rule SupervisorInvalid = new("SUP-005", Severity.Error, "เลขประจำตัวประชาชน 13 หลักของผู้นิเทศตรวจสอบหลักสุดท้ายไม่ผ่าน", "supervisor's 13-digit citizen ID fails its check digit (other staff codes are accepted)");
    public static readonly Rule TopicUnknown = new("SUP-006", Severity.Warning, "เรื่องที่นิเทศไม่ใช่ dltv/digital/other บันทึกเป็น other", "topic is not dltv/digital/other; stored as other");
    public static readonly Rule VisitDuplicate = new("SUP-007", Severity.Error, "โรงเรียนและวันที่นิเทศนี้ซ้ำในไฟล์", "the same school and visit date appear twice in the file");
}
