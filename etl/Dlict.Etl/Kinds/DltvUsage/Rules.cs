using Dlict.Etl.Validation;

namespace Dlict.Etl.Kinds.DltvUsage;

/// <summary>The rules of this kind (prefix DLT). Codes are stable: never renumber, only add. docs/validation-rules.md is generated from them.</summary>
public static class Rules
{
    public static readonly Rule UsageSchoolInvalid = new("DLT-001", Severity.Error, "รหัสโรงเรียนไม่ถูกต้องหรือว่าง", "school code missing or invalid");
    public static readonly Rule UsageSchoolUnknown = new("DLT-002", Severity.Error, "ไม่พบรหัสโรงเรียนนี้ในทะเบียนโรงเรียน", "school code not in the school registry") { MeansUnknownSchool = true };
    public static readonly Rule UsageDateUnreadable = new("DLT-003", Severity.Error, "วันที่ว่างหรืออ่านไม่ได้", "date missing or unreadable");
    public static readonly Rule UsageGradeUnknown = new("DLT-004", Severity.Error, "ชั้นเรียนไม่ถูกต้อง", "unknown grade");
    public static readonly Rule PeriodsInvalid = new("DLT-005", Severity.Error, "จำนวนคาบต้องเป็นจำนวนเต็มตั้งแต่ 0 ขึ้นไป", "periods must be whole numbers ≥ 0");
    public static readonly Rule PeriodsOverPlanned = new("DLT-006", Severity.Error, "คาบที่ใช้ DLTV มากกว่าคาบที่สอน", "DLTV periods exceed the periods taught");
    public static readonly Rule SignalUnknown = new("DLT-007", Severity.Warning, "ค่าสัญญาณปกติไม่ชัดเจน (Y/N) ไม่ได้บันทึกค่านี้", "signal value not understood (Y/N); not stored");
    public static readonly Rule UsageDuplicate = new("DLT-008", Severity.Error, "โรงเรียน วันที่ และชั้นนี้ซ้ำในไฟล์", "the same school, date and grade appear twice in the file");
}
