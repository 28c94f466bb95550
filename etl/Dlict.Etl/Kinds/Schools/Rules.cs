using Dlict.Etl.Validation;

namespace Dlict.Etl.Kinds.Schools;

/// <summary>The rules of this kind (prefix SCH). Codes are stable: never renumber, only add. docs/validation-rules.md is generated from them.</summary>
public static class Rules
{
    public static readonly Rule SchoolCodeInvalid = new("SCH-001", Severity.Error, "รหัสโรงเรียนไม่ถูกต้อง (ต้องเป็นตัวเลข 10 หลัก หรือรหัส SMIS 8 หลัก)", "invalid school code (10 digits, or an 8-digit SMIS code)");
    public static readonly Rule SchoolNameMissing = new("SCH-002", Severity.Error, "ไม่มีชื่อโรงเรียน", "school name is empty");
    public static readonly Rule SmisCodeInvalid = new("SCH-003", Severity.Warning, "รหัส SMIS ไม่ถูกต้อง (ต้องเป็นตัวเลข 8 หลัก) ไม่ได้บันทึกรหัสนี้", "invalid SMIS code (8 digits); the code was not stored");
    public static readonly Rule DltvUnknown = new("SCH-004", Severity.Warning, "ค่าการใช้ DLTV ไม่ชัดเจน ใช้ค่าเดิม", "DLTV value not understood; the previous value was kept");
    public static readonly Rule StatusUnknown = new("SCH-005", Severity.Warning, "สถานะโรงเรียนไม่ชัดเจน ถือว่าเปิดสอน", "school status not understood; taken as open");
    public static readonly Rule NotASchool = new("SCH-006", Severity.Warning, "แถวนี้เป็นสำนักงานเขตพื้นที่ ไม่ใช่โรงเรียน จึงข้ามไป", "this row is the area office, not a school; skipped");
    public static readonly Rule DuplicateSchool = new("SCH-007", Severity.Error, "รหัสโรงเรียนซ้ำในไฟล์เดียวกัน", "school code repeated in the same file");
    public static readonly Rule OlderThanRegistry = new("SCH-008", Severity.Warning, "ข้อมูลเก่ากว่าทะเบียนปัจจุบัน ไม่ได้ปรับปรุง", "older than the current registry version; not applied");
}
