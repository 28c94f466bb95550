using Dlict.Etl.Validation;

namespace Dlict.Etl.Kinds.Equipment;

/// <summary>The rules of this kind (prefix EQP). Codes are stable: never renumber, only add. docs/validation-rules.md is generated from them.</summary>
public static class Rules
{
    public static readonly Rule EquipmentSchoolInvalid = new("EQP-001", Severity.Error, "รหัสโรงเรียนไม่ถูกต้องหรือว่าง", "school code missing or invalid");
    public static readonly Rule EquipmentSchoolUnknown = new("EQP-002", Severity.Error, "ไม่พบรหัสโรงเรียนนี้ในทะเบียนโรงเรียน", "school code not in the school registry") { MeansUnknownSchool = true };
    public static readonly Rule SurveyDateUnreadable = new("EQP-003", Severity.Error, "วันที่สำรวจว่างหรืออ่านไม่ได้", "survey date missing or unreadable");
    public static readonly Rule EquipmentTypeUnknown = new("EQP-004", Severity.Error, "ประเภทครุภัณฑ์ไม่ถูกต้อง (จานดาวเทียม, เครื่องรับสัญญาณ, โทรทัศน์, คอมพิวเตอร์, โน้ตบุ๊ก, แท็บเล็ต, โปรเจคเตอร์, เราเตอร์, อื่นๆ)", "unknown equipment type (dish, receiver, tv, computer, notebook, tablet, projector, router, other)");
    public static readonly Rule EquipmentCountInvalid = new("EQP-005", Severity.Error, "จำนวนต้องเป็นจำนวนเต็มตั้งแต่ 0 ขึ้นไป (ต้องมีจำนวนทั้งหมด)", "counts must be whole numbers ≥ 0 (quantity is required)");
    public static readonly Rule EquipmentOverCount = new("EQP-006", Severity.Error, "ใช้งานได้ + ชำรุด มากกว่าจำนวนทั้งหมด", "working + broken exceeds quantity");
    public static readonly Rule EquipmentDuplicate = new("EQP-007", Severity.Error, "โรงเรียน ประเภท และวันที่สำรวจนี้ซ้ำในไฟล์", "the same school, type and survey date appear twice in the file");
}
