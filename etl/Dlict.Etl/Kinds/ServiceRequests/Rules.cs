using Dlict.Etl.Validation;

namespace Dlict.Etl.Kinds.ServiceRequests;

/// <summary>The rules of this kind (prefix SRV). Codes are stable: never renumber, only add. docs/validation-rules.md is generated from them.</summary>
public static class Rules
{
    public static readonly Rule RequestNoMissing = new("SRV-001", Severity.Error, "ไม่มีเลขที่คำขอ", "request number is empty");
    public static readonly Rule RequestedAtUnreadable = new("SRV-002", Severity.Error, "วันที่ขอว่างหรืออ่านไม่ได้", "request date missing or unreadable");
    public static readonly Rule RequesterMissing = new("SRV-003", Severity.Error, "ไม่มีกลุ่มงาน/โรงเรียนผู้ขอ", "requesting group or school is empty");
    public static readonly Rule ServiceTypeMissing = new("SRV-004", Severity.Error, "ไม่มีประเภทบริการ", "service type is empty");
    public static readonly Rule DecisionUnknown = new("SRV-005", Severity.Error, "ความเห็นต้องเป็น อนุญาต หรือ ไม่อนุญาต (ว่าง = รอพิจารณา)", "decision must be approved or denied (empty = pending)");
    public static readonly Rule ServiceDateUnreadable = new("SRV-006", Severity.Error, "อ่านวันที่อนุญาตหรือวันที่แล้วเสร็จไม่ได้", "decision or completion date unreadable");
    public static readonly Rule CompletedBeforeRequested = new("SRV-007", Severity.Error, "วันที่ดำเนินการแล้วเสร็จก่อนวันที่ขอ", "completed before it was requested");
}
