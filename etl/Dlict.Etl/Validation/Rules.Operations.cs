namespace Dlict.Etl.Validation;

/// <summary>The rules of the DLICT operations kinds: training, equipment, loans, dltv_usage, supervision, service_requests.</summary>
public static partial class Rules
{
    public static readonly Rule CourseCodeMissing = new("TRN-001", Severity.Error, "ไม่มีรหัสหลักสูตร", "course code is empty");
    public static readonly Rule TrainingDateUnreadable = new("TRN-002", Severity.Error, "วันที่อบรมว่างหรืออ่านไม่ได้", "training date missing or unreadable");
    public static readonly Rule TrainingPersonInvalid = new("TRN-003", Severity.Error, "รหัสบุคลากรว่าง หรือเลขประจำตัวประชาชน 13 หลักตรวจสอบหลักสุดท้ายไม่ผ่าน", "person id missing, or a 13-digit citizen ID whose check digit fails (other staff codes are accepted)");
    public static readonly Rule TrainingUnitMissing = new("TRN-004", Severity.Error, "ต้องระบุรหัสโรงเรียนหรือกลุ่มงาน", "give a school code or a work group");
    public static readonly Rule TrainingSchoolUnknown = new("TRN-005", Severity.Error, "ไม่พบรหัสโรงเรียนนี้ในทะเบียนโรงเรียน", "school code not in the school registry");
    public static readonly Rule TrainingHoursInvalid = new("TRN-006", Severity.Error, "จำนวนชั่วโมงต้องเป็นตัวเลขตั้งแต่ 0 ขึ้นไป", "hours must be a number ≥ 0");
    public static readonly Rule TrainingFlagUnknown = new("TRN-007", Severity.Error, "ค่าเข้าร่วม/ผ่าน ต้องเป็น Y หรือ N", "attended / passed must be Y or N");
    public static readonly Rule TrainingDuplicate = new("TRN-008", Severity.Error, "บุคคลนี้ซ้ำในหลักสูตรเดียวกันในไฟล์", "the same person appears twice in one course in the file");

    public static readonly Rule EquipmentSchoolInvalid = new("EQP-001", Severity.Error, "รหัสโรงเรียนไม่ถูกต้องหรือว่าง", "school code missing or invalid");
    public static readonly Rule EquipmentSchoolUnknown = new("EQP-002", Severity.Error, "ไม่พบรหัสโรงเรียนนี้ในทะเบียนโรงเรียน", "school code not in the school registry");
    public static readonly Rule SurveyDateUnreadable = new("EQP-003", Severity.Error, "วันที่สำรวจว่างหรืออ่านไม่ได้", "survey date missing or unreadable");
    public static readonly Rule EquipmentTypeUnknown = new("EQP-004", Severity.Error, "ประเภทครุภัณฑ์ไม่ถูกต้อง (จานดาวเทียม, เครื่องรับสัญญาณ, โทรทัศน์, คอมพิวเตอร์, โน้ตบุ๊ก, แท็บเล็ต, โปรเจคเตอร์, เราเตอร์, อื่นๆ)", "unknown equipment type (dish, receiver, tv, computer, notebook, tablet, projector, router, other)");
    public static readonly Rule EquipmentCountInvalid = new("EQP-005", Severity.Error, "จำนวนต้องเป็นจำนวนเต็มตั้งแต่ 0 ขึ้นไป (ต้องมีจำนวนทั้งหมด)", "counts must be whole numbers ≥ 0 (quantity is required)");
    public static readonly Rule EquipmentOverCount = new("EQP-006", Severity.Error, "ใช้งานได้ + ชำรุด มากกว่าจำนวนทั้งหมด", "working + broken exceeds quantity");
    public static readonly Rule EquipmentDuplicate = new("EQP-007", Severity.Error, "โรงเรียน ประเภท และวันที่สำรวจนี้ซ้ำในไฟล์", "the same school, type and survey date appear twice in the file");

    public static readonly Rule LoanNoMissing = new("LON-001", Severity.Error, "ไม่มีเลขที่การยืม", "loan number is empty");
    public static readonly Rule LoanItemMissing = new("LON-002", Severity.Error, "ไม่มีรายการที่ยืม", "item is empty");
    public static readonly Rule BorrowerMissing = new("LON-003", Severity.Error, "ไม่มีกลุ่มงาน/โรงเรียนผู้ยืม", "borrowing group or school is empty");
    public static readonly Rule LoanDateUnreadable = new("LON-004", Severity.Error, "วันที่ยืมว่างหรืออ่านไม่ได้", "loan date missing or unreadable");
    public static readonly Rule LoanDueReturnUnreadable = new("LON-005", Severity.Error, "อ่านกำหนดคืนหรือวันที่คืนไม่ได้", "due date or return date unreadable");
    public static readonly Rule ReturnedBeforeLoan = new("LON-006", Severity.Error, "วันที่คืนก่อนวันที่ยืม", "returned before the loan date");
    public static readonly Rule LoanTypeUnknown = new("LON-007", Severity.Warning, "ประเภทอุปกรณ์ไม่ชัดเจน บันทึกโดยไม่ระบุประเภท", "equipment type not understood; stored without a type");

    public static readonly Rule UsageSchoolInvalid = new("DLT-001", Severity.Error, "รหัสโรงเรียนไม่ถูกต้องหรือว่าง", "school code missing or invalid");
    public static readonly Rule UsageSchoolUnknown = new("DLT-002", Severity.Error, "ไม่พบรหัสโรงเรียนนี้ในทะเบียนโรงเรียน", "school code not in the school registry");
    public static readonly Rule UsageDateUnreadable = new("DLT-003", Severity.Error, "วันที่ว่างหรืออ่านไม่ได้", "date missing or unreadable");
    public static readonly Rule UsageGradeUnknown = new("DLT-004", Severity.Error, "ชั้นเรียนไม่ถูกต้อง", "unknown grade");
    public static readonly Rule PeriodsInvalid = new("DLT-005", Severity.Error, "จำนวนคาบต้องเป็นจำนวนเต็มตั้งแต่ 0 ขึ้นไป", "periods must be whole numbers ≥ 0");
    public static readonly Rule PeriodsOverPlanned = new("DLT-006", Severity.Error, "คาบที่ใช้ DLTV มากกว่าคาบที่สอน", "DLTV periods exceed the periods taught");
    public static readonly Rule SignalUnknown = new("DLT-007", Severity.Warning, "ค่าสัญญาณปกติไม่ชัดเจน (Y/N) ไม่ได้บันทึกค่านี้", "signal value not understood (Y/N); not stored");
    public static readonly Rule UsageDuplicate = new("DLT-008", Severity.Error, "โรงเรียน วันที่ และชั้นนี้ซ้ำในไฟล์", "the same school, date and grade appear twice in the file");

    public static readonly Rule SupervisionSchoolInvalid = new("SUP-001", Severity.Error, "รหัสโรงเรียนไม่ถูกต้องหรือว่าง", "school code missing or invalid");
    public static readonly Rule SupervisionSchoolUnknown = new("SUP-002", Severity.Error, "ไม่พบรหัสโรงเรียนนี้ในทะเบียนโรงเรียน", "school code not in the school registry");
    public static readonly Rule VisitDateUnreadable = new("SUP-003", Severity.Error, "วันที่นิเทศว่างหรืออ่านไม่ได้", "visit date missing or unreadable");
    public static readonly Rule RatingOutOfRange = new("SUP-004", Severity.Error, "ผลการประเมินต้องเป็นจำนวนเต็ม 1–5", "rating must be a whole number 1–5");
    public static readonly Rule SupervisorInvalid = new("SUP-005", Severity.Error, "เลขประจำตัวประชาชน 13 หลักของผู้นิเทศตรวจสอบหลักสุดท้ายไม่ผ่าน", "supervisor's 13-digit citizen ID fails its check digit (other staff codes are accepted)");
    public static readonly Rule TopicUnknown = new("SUP-006", Severity.Warning, "เรื่องที่นิเทศไม่ใช่ dltv/digital/other บันทึกเป็น other", "topic is not dltv/digital/other; stored as other");
    public static readonly Rule VisitDuplicate = new("SUP-007", Severity.Error, "โรงเรียนและวันที่นิเทศนี้ซ้ำในไฟล์", "the same school and visit date appear twice in the file");

    public static readonly Rule RequestNoMissing = new("SRV-001", Severity.Error, "ไม่มีเลขที่คำขอ", "request number is empty");
    public static readonly Rule RequestedAtUnreadable = new("SRV-002", Severity.Error, "วันที่ขอว่างหรืออ่านไม่ได้", "request date missing or unreadable");
    public static readonly Rule RequesterMissing = new("SRV-003", Severity.Error, "ไม่มีกลุ่มงาน/โรงเรียนผู้ขอ", "requesting group or school is empty");
    public static readonly Rule ServiceTypeMissing = new("SRV-004", Severity.Error, "ไม่มีประเภทบริการ", "service type is empty");
    public static readonly Rule DecisionUnknown = new("SRV-005", Severity.Error, "ความเห็นต้องเป็น อนุญาต หรือ ไม่อนุญาต (ว่าง = รอพิจารณา)", "decision must be approved or denied (empty = pending)");
    public static readonly Rule ServiceDateUnreadable = new("SRV-006", Severity.Error, "อ่านวันที่อนุญาตหรือวันที่แล้วเสร็จไม่ได้", "decision or completion date unreadable");
    public static readonly Rule CompletedBeforeRequested = new("SRV-007", Severity.Error, "วันที่ดำเนินการแล้วเสร็จก่อนวันที่ขอ", "completed before it was requested");
}
