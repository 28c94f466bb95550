using System.Reflection;

namespace Dlict.Etl.Validation;

/// <summary>The validation catalogue (partial: one file per group of kinds; <see cref="All"/> is computed so every part is initialised). Codes are stable: never renumber, only add. docs/validation-rules.md is generated from this.</summary>
public static partial class Rules
{
    public static readonly Rule SchoolCodeInvalid = new("SCH-001", Severity.Error, "รหัสโรงเรียนไม่ถูกต้อง (ต้องเป็นตัวเลข 10 หลัก หรือรหัส SMIS 8 หลัก)", "invalid school code (10 digits, or an 8-digit SMIS code)");
    public static readonly Rule SchoolNameMissing = new("SCH-002", Severity.Error, "ไม่มีชื่อโรงเรียน", "school name is empty");
    public static readonly Rule SmisCodeInvalid = new("SCH-003", Severity.Warning, "รหัส SMIS ไม่ถูกต้อง (ต้องเป็นตัวเลข 8 หลัก) ไม่ได้บันทึกรหัสนี้", "invalid SMIS code (8 digits); the code was not stored");
    public static readonly Rule DltvUnknown = new("SCH-004", Severity.Warning, "ค่าการใช้ DLTV ไม่ชัดเจน ใช้ค่าเดิม", "DLTV value not understood; the previous value was kept");
    public static readonly Rule StatusUnknown = new("SCH-005", Severity.Warning, "สถานะโรงเรียนไม่ชัดเจน ถือว่าเปิดสอน", "school status not understood; taken as open");
    public static readonly Rule NotASchool = new("SCH-006", Severity.Warning, "แถวนี้เป็นสำนักงานเขตพื้นที่ ไม่ใช่โรงเรียน จึงข้ามไป", "this row is the area office, not a school; skipped");
    public static readonly Rule DuplicateSchool = new("SCH-007", Severity.Error, "รหัสโรงเรียนซ้ำในไฟล์เดียวกัน", "school code repeated in the same file");
    public static readonly Rule OlderThanRegistry = new("SCH-008", Severity.Warning, "ข้อมูลเก่ากว่าทะเบียนปัจจุบัน ไม่ได้ปรับปรุง", "older than the current registry version; not applied");

    public static readonly Rule EnrolmentSchoolCodeInvalid = new("ENR-001", Severity.Error, "รหัสโรงเรียนไม่ถูกต้องหรือว่าง", "school code missing or invalid");
    public static readonly Rule SchoolNotInRegistry = new("ENR-002", Severity.Error, "ไม่พบรหัสโรงเรียนนี้ในทะเบียนโรงเรียน", "school code not in the school registry");
    public static readonly Rule TotalMismatch = new("ENR-003", Severity.Error, "รวม ≠ ชาย + หญิง", "total ≠ male + female");
    public static readonly Rule GradeUnknown = new("ENR-004", Severity.Error, "ชั้นเรียนไม่ถูกต้อง (อ.1–อ.3, ป.1–ป.6, ม.1–ม.6, ปวช.1–ปวช.3)", "unknown grade (K1–K3, P1–P6, M1–M6, vocational 1–3)");
    public static readonly Rule CountInvalid = new("ENR-005", Severity.Error, "จำนวนต้องเป็นจำนวนเต็มตั้งแต่ 0 ขึ้นไป", "count must be a whole number ≥ 0");
    public static readonly Rule NoClassrooms = new("ENR-006", Severity.Warning, "มีนักเรียนแต่จำนวนห้องเป็น 0", "students > 0 but 0 classrooms");
    public static readonly Rule DuplicateGrade = new("ENR-007", Severity.Error, "ชั้นเรียนนี้ของโรงเรียนนี้ซ้ำในไฟล์", "the same school and grade appear twice in the file");
    public static readonly Rule SubmittedAtUnreadable = new("ENR-008", Severity.Warning, "อ่านวันที่ส่งไม่ได้ ใช้เวลาที่ไฟล์เข้าระบบแทน", "submission date unreadable; the file's arrival time was used");
    public static readonly Rule SubtotalMismatch = new("ENR-009", Severity.Warning, "ยอดรวมช่วงชั้นไม่ตรงกับผลรวมรายชั้น", "a subtotal does not equal the sum of its grades");
    public static readonly Rule TotalsRowMismatch = new("ENR-010", Severity.Warning, "แถวรวมท้ายไฟล์ไม่ตรงกับผลรวมของทุกโรงเรียน", "the totals row does not equal the sum of the school rows");
    public static readonly Rule CycleInvalid = new("ENR-011", Severity.Error, "ปีการศึกษา/รอบ ไม่ถูกต้อง", "academic year / round invalid");
    public static readonly Rule SchoolNameUnmatched = new("ENR-012", Severity.Error, "ไม่พบชื่อโรงเรียนนี้ในทะเบียนโรงเรียน", "school name not found in the registry");
    public static readonly Rule SchoolNameAmbiguous = new("ENR-013", Severity.Error, "ชื่อโรงเรียนนี้ซ้ำกันหลายโรงในทะเบียน ให้ใส่รหัสโรงเรียน", "school name matches several schools; give the school code");
    public static readonly Rule CountMissing = new("ENR-014", Severity.Error, "ไม่มีจำนวนนักเรียนชายหรือหญิง", "male or female count missing");

    public static readonly Rule StudentIdCheckDigit = new("STU-001", Severity.Error, "เลขประจำตัวประชาชนไม่ถูกต้อง (เลขตรวจสอบหลักที่ 13 ไม่ตรง)", "citizen ID check digit (13th digit) is wrong");
    public static readonly Rule StudentGCodeInvalid = new("STU-002", Severity.Error, "รหัส G ไม่ถูกต้อง (ต้องเป็น G ตามด้วยตัวเลข 12 หลัก)", "invalid G-code (G followed by 12 digits)");
    public static readonly Rule StudentSexUnknown = new("STU-003", Severity.Error, "เพศไม่ถูกต้อง (ชาย/หญิง, M/F, 1/2)", "unknown sex (ชาย/หญิง, M/F, 1/2)");
    public static readonly Rule StudentGradeUnknown = new("STU-004", Severity.Error, "ชั้นเรียนไม่ถูกต้อง (อ.1–อ.3, ป.1–ป.6, ม.1–ม.6, ปวช.1–ปวช.3)", "unknown grade (K1–K3, P1–P6, M1–M6, vocational 1–3)");
    public static readonly Rule StudentSchoolUnknown = new("STU-005", Severity.Error, "ไม่พบรหัสโรงเรียนนี้ในทะเบียนโรงเรียน หรือรหัสไม่ถูกต้อง", "school code invalid or not in the school registry");
    public static readonly Rule StudentDuplicateInSchool = new("STU-006", Severity.Error, "เลขประจำตัวนักเรียนซ้ำในโรงเรียนเดียวกัน (นับครั้งแรกเท่านั้น)", "the same student ID appears twice for one school (the first is kept)");
    public static readonly Rule StudentBirthDateUnreadable = new("STU-007", Severity.Warning, "อ่านวันเกิดไม่ได้ ไม่ได้บันทึกวันเกิด", "birth date unreadable; not stored");
    public static readonly Rule StudentIdMissing = new("STU-008", Severity.Error, "ไม่มีเลขประจำตัวประชาชน หรือไม่ใช่ตัวเลข 13 หลัก", "student ID missing or not 13 digits");
    public static readonly Rule StudentRowMisaligned = new("STU-009", Severity.Error, "จำนวนช่องของแถวไม่ตรงกับหัวตาราง (เช่น คำนำหน้าชื่อแยกช่อง) ปฏิเสธทั้งแถวและไม่เก็บค่าใด ๆ ของแถว", "the row's cell count differs from the header's (e.g. a title in its own cell): the whole row is rejected and none of its values are kept");

    public static IReadOnlyList<Rule> All => typeof(Rules)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(Rule))
        .Select(f => (Rule)f.GetValue(null)!)
        .OrderBy(r => r.Code, StringComparer.Ordinal)
        .ToList();
}
