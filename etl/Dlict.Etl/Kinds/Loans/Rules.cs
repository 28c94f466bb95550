using Dlict.Etl.Validation;

namespace Dlict.Etl.Kinds.Loans;

/// <summary>The rules of this kind (prefix LON). Codes are stable: never renumber, only add. docs/validation-rules.md is generated from them.</summary>
public static class Rules
{
    public static readonly Rule LoanNoMissing = new("LON-001", Severity.Error, "ไม่มีเลขที่การยืม", "loan number is empty");
    public static readonly Rule LoanItemMissing = new("LON-002", Severity.Error, "ไม่มีรายการที่ยืม", "item is empty");
    public static readonly Rule BorrowerMissing = new("LON-003", Severity.Error, "ไม่มีกลุ่มงาน/โรงเรียนผู้ยืม", "borrowing group or school is empty");
    public static readonly Rule LoanDateUnreadable = new("LON-004", Severity.Error, "วันที่ยืมว่างหรืออ่านไม่ได้", "loan date missing or unreadable");
    public static readonly Rule LoanDueReturnUnreadable = new("LON-005", Severity.Error, "อ่านกำหนดคืนหรือวันที่คืนไม่ได้", "due date or return date unreadable");
    public static readonly Rule ReturnedBeforeLoan = new("LON-006", Severity.Error, "วันที่คืนก่อนวันที่ยืม", "returned before the loan date");
    public static readonly Rule LoanTypeUnknown = new("LON-007", Severity.Warning, "ประเภทอุปกรณ์ไม่ชัดเจน บันทึกโดยไม่ระบุประเภท", "equipment type not understood; stored without a type");
}
