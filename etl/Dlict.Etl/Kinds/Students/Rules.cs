using Dlict.Etl.Validation;

namespace Dlict.Etl.Kinds.Students;

/// <summary>The rules of this kind (prefix STU). Codes are stable: never renumber, only add. docs/validation-rules.md is generated from them.</summary>
public static class Rules
{
    public static readonly Rule StudentIdCheckDigit = new("STU-001", Severity.Error, "เลขประจำตัวประชาชนไม่ถูกต้อง (เลขตรวจสอบหลักที่ 13 ไม่ตรง)", "citizen ID check digit (13th digit) is wrong");
    public static readonly Rule StudentGCodeInvalid = new("STU-002", Severity.Error, "รหัส G ไม่ถูกต้อง (ต้องเป็น G ตามด้วยตัวเลข 12 หลัก)", "invalid G-code (G followed by 12 digits)");
    public static readonly Rule StudentSexUnknown = new("STU-003", Severity.Error, "เพศไม่ถูกต้อง (ชาย/หญิง, M/F, 1/2)", "unknown sex (ชาย/หญิง, M/F, 1/2)");
    public static readonly Rule StudentGradeUnknown = new("STU-004", Severity.Error, "ชั้นเรียนไม่ถูกต้อง (อ.1–อ.3, ป.1–ป.6, ม.1–ม.6, ปวช.1–ปวช.3)", "unknown grade (K1–K3, P1–P6, M1–M6, vocational 1–3)");
    public static readonly Rule StudentSchoolUnknown = new("STU-005", Severity.Error, "ไม่พบรหัสโรงเรียนนี้ในทะเบียนโรงเรียน หรือรหัสไม่ถูกต้อง", "school code invalid or not in the school registry") { MeansUnknownSchool = true };
    public static readonly Rule StudentDuplicateInSchool = new("STU-006", Severity.Error, "เลขประจำตัวนักเรียนซ้ำในโรงเรียนเดียวกัน (นับครั้งแรกเท่านั้น)", "the same student ID appears twice for one school (the first is kept)");
    public static readonly Rule StudentBirthDateUnreadable = new("STU-007", Severity.Warning, "อ่านวันเกิดไม่ได้ ไม่ได้บันทึกวันเกิด", "birth date unreadable; not stored");
    public static readonly Rule StudentIdMissing = new("STU-008", Severity.Error, "ไม่มีเลขประจำตัวประชาชน หรือไม่ใช่ตัวเลข 13 หลัก", "student ID missing or not 13 digits");
    public static readonly Rule StudentRowMisaligned = new("STU-009", Severity.Error, "จำนวนช่องของแถวไม่ตรงกับหัวตาราง (เช่น คำนำหน้าชื่อแยกช่อง) ปฏิเสธทั้งแถวและไม่เก็บค่าใด ๆ ของแถว", "the row's cell count differs from the header's (e.g. a title in its own cell): the whole row is rejected and none of its values are kept");
    public static readonly Rule StudentCycleInvalid = new("STU-010", Severity.Error, "ปีการศึกษา/รอบ ไม่ถูกต้อง", "academic year / round invalid");
    public static readonly Rule StudentSubmittedAtUnreadable = new("STU-011", Severity.Warning, "อ่านวันที่ส่งไม่ได้ ใช้เวลาที่ไฟล์เข้าระบบแทน", "submission date unreadable; the file's arrival time was used");
}
