using Dlict.Etl.Validation;

namespace Dlict.Etl.Kinds.Enrolment;

/// <summary>The rules of this kind (prefix ENR). Codes are stable: never renumber, only add. docs/validation-rules.md is generated from them.</summary>
public static class Rules
{
    public static readonly Rule EnrolmentSchoolCodeInvalid = new("ENR-001", Severity.Error, "รหัสโรงเรียนไม่ถูกต้องหรือว่าง", "school code missing or invalid");
    public static readonly Rule SchoolNotInRegistry = new("ENR-002", Severity.Error, "ไม่พบรหัสโรงเรียนนี้ในทะเบียนโรงเรียน", "school code not in the school registry") { MeansUnknownSchool = true };
    public static readonly Rule TotalMismatch = new("ENR-003", Severity.Error, "รวม ≠ ชาย + หญิง", "total ≠ male + female");
    public static readonly Rule GradeUnknown = new("ENR-004", Severity.Error, "ชั้นเรียนไม่ถูกต้อง (อ.1–อ.3, ป.1–ป.6, ม.1–ม.6, ปวช.1–ปวช.3)", "unknown grade (K1–K3, P1–P6, M1–M6, vocational 1–3)");
    public static readonly Rule CountInvalid = new("ENR-005", Severity.Error, "จำนวนต้องเป็นจำนวนเต็มตั้งแต่ 0 ขึ้นไป", "count must be a whole number ≥ 0");
    public static readonly Rule NoClassrooms = new("ENR-006", Severity.Warning, "มีนักเรียนแต่จำนวนห้องเป็น 0", "students > 0 but 0 classrooms");
    public static readonly Rule DuplicateGrade = new("ENR-007", Severity.Error, "ชั้นเรียนนี้ของโรงเรียนนี้ซ้ำในไฟล์", "the same school and grade appear twice in the file");
    public static readonly Rule SubmittedAtUnreadable = new("ENR-008", Severity.Warning, "อ่านวันที่ส่งไม่ได้ ใช้เวลาที่ไฟล์เข้าระบบแทน", "submission date unreadable; the file's arrival time was used");
    public static readonly Rule SubtotalMismatch = new("ENR-009", Severity.Warning, "ยอดรวมช่วงชั้นไม่ตรงกับผลรวมรายชั้น", "a subtotal does not equal the sum of its grades");
    public static readonly Rule TotalsRowMismatch = new("ENR-010", Severity.Warning, "แถวรวมท้ายไฟล์ไม่ตรงกับผลรวมของทุกโรงเรียน", "the totals row does not equal the sum of the school rows");
    public static readonly Rule CycleInvalid = new("ENR-011", Severity.Error, "ปีการศึกษา/รอบ ไม่ถูกต้อง", "academic year / round invalid");
    public static readonly Rule SchoolNameUnmatched = new("ENR-012", Severity.Error, "ไม่พบชื่อโรงเรียนนี้ในทะเบียนโรงเรียน", "school name not found in the registry") { MeansUnknownSchool = true };
    public static readonly Rule SchoolNameAmbiguous = new("ENR-013", Severity.Error, "ชื่อโรงเรียนนี้ซ้ำกันหลายโรงในทะเบียน ให้ใส่รหัสโรงเรียน", "school name matches several schools; give the school code");
    public static readonly Rule CountMissing = new("ENR-014", Severity.Error, "ไม่มีจำนวนนักเรียนชายหรือหญิง", "male or female count missing");
}
