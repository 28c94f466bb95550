using System.Globalization;
using Dlict.Reports.Queries;
using OfficeOpenXml;

namespace Dlict.Reports.Workbooks;

/// <summary>นิยาม: what every figure means, where it comes from, and which ETL run the data is from (v_etl_runs).</summary>
public static class DefinitionsSheet
{
    public const string Name = "นิยาม";

    public sealed record Definition(string Topic, string Meaning, string Source);

    public sealed record Fact(string Item, string Value);

    public static readonly IReadOnlyList<Definition> Definitions =
    [
        new("โรงเรียนที่ต้องส่งข้อมูล", "โรงเรียนในทะเบียนที่มีสถานะเปิดสอน ณ วันกำหนดส่งของรอบข้อมูล", "v_submission_status"),
        new("ส่งตรงเวลา", "ส่งข้อมูลครั้งแรกภายในวันกำหนดส่ง (ตามเวลาประเทศไทย)", "v_submission_status"),
        new("ส่งล่าช้า", "ส่งข้อมูลครั้งแรกหลังวันกำหนดส่ง", "v_submission_status"),
        new("ยังไม่ส่ง", "ไม่มีการส่งข้อมูลในรอบนี้", "v_submission_status"),
        new("อัตราการส่งข้อมูล (%)", "โรงเรียนที่ส่งแล้ว ÷ โรงเรียนที่ต้องส่ง × 100 ปัดทศนิยม 1 ตำแหน่ง (ปัดครึ่งขึ้นออกจากศูนย์)", "v_reporting_rate"),
        new("อัตราส่งตรงเวลา (%)", "โรงเรียนที่ส่งตรงเวลา ÷ โรงเรียนที่ต้องส่ง × 100", "v_reporting_rate"),
        new("จำนวนนักเรียน", "ชาย + หญิง จากการส่งข้อมูลครั้งล่าสุดของแต่ละโรงเรียนในรอบ (ไม่นับซ้ำเมื่อส่งซ้ำ)", "v_enrolment"),
        new("เปลี่ยนแปลงจากปีก่อน", "เทียบกับรอบเดียวกันของปีการศึกษาก่อนหน้า: (ปีนี้ − ปีก่อน) ÷ ปีก่อน × 100; — เมื่อไม่มีข้อมูลปีก่อน", "v_enrolment"),
        new("ขนาดเล็ก", "นักเรียน 1–120 คน (เกณฑ์ สพฐ. ระดับประถมศึกษา)", "v_school_size"),
        new("ขนาดกลาง", "นักเรียน 121–600 คน", "v_school_size"),
        new("ขนาดใหญ่", "นักเรียน 601–1,500 คน", "v_school_size"),
        new("ขนาดใหญ่พิเศษ", "นักเรียน 1,501 คนขึ้นไป", "v_school_size"),
        new("ไม่มีข้อมูลนักเรียน", "โรงเรียนที่ต้องส่งข้อมูลแต่ไม่มีนักเรียนหรือไม่มีข้อมูลในรอบ", "v_school_size"),
        new("โรงเรียนเปิดสอน", "ฉบับปัจจุบันของทะเบียนโรงเรียนที่มีสถานะเปิดสอน", "v_school"),
        new("DLTV พร้อมใช้งาน", "มีจานรับสัญญาณ เครื่องรับสัญญาณ และโทรทัศน์ที่ใช้งานได้อย่างละอย่างน้อยหนึ่งชุด", "v_dltv_readiness"),
        new("อัตราการใช้งาน DLTV (%)", "คาบที่ใช้ DLTV ÷ คาบที่วางแผน × 100 ในช่วง 90 วันถึงบันทึกล่าสุดของโรงเรียน", "v_dltv_readiness"),
        new("บุคลากรที่เข้ารับการอบรม", "ผลรวมผู้เข้าอบรมของหลักสูตรในปีงบประมาณ (1 ต.ค. – 30 ก.ย.) ที่รายงานนี้สร้าง", "v_training"),
        new("อัตราการเข้าอบรม / การผ่าน (%)", "เข้าอบรม ÷ ผู้ลงทะเบียน × 100 ; ผ่าน ÷ เข้าอบรม × 100", "v_training"),
        new("ชั่วโมงต่อคน", "Σ(ชั่วโมงของหลักสูตร × ผู้เข้าอบรม) ÷ Σ ผู้เข้าอบรม", "v_training"),
        new("ครุภัณฑ์ใช้งานได้ / ชำรุด", "ผลรวมจากการสำรวจล่าสุดของแต่ละโรงเรียนและประเภทครุภัณฑ์", "v_equipment"),
        new("คำขอที่ยังไม่แล้วเสร็จ", "คำขอรับบริการที่ยังไม่มีวันที่ดำเนินการแล้วเสร็จ", "v_service_requests"),
        new("อัตราการอนุมัติ (%)", "คำขอที่ผลพิจารณาเป็นอนุมัติ ÷ คำขอที่พิจารณาแล้ว × 100", "v_service_requests"),
        new("ระยะเวลาดำเนินการ", "มัธยฐานของจำนวนวันตามปฏิทินจากวันที่ขอถึงวันที่แล้วเสร็จ (เฉพาะคำขอที่แล้วเสร็จ)", "v_service_requests"),
        .. QualityBlock.Definitions,
        new("ยังไม่มีข้อมูล", "ยังไม่มีมุมมองข้อมูล (view) นี้ในคลังข้อมูล หรือยังไม่มีแถวข้อมูล", "—"),
    ];

    public static void Write(ExcelPackage package, ReportContext context)
    {
        var canvas = new SheetCanvas(package, Name, "นิยามและแหล่งข้อมูล", context);
        canvas.Table("นิยามของตัวเลขในรายงาน", "Definitions", Definitions,
        [
            Col.Text<Definition>("หัวข้อ", d => d.Topic), Col.Text<Definition>("นิยาม", d => d.Meaning),
            Col.Text<Definition>("แหล่งข้อมูล (view)", d => d.Source),
        ]);
        canvas.Table("ที่มาของข้อมูล", "DataLineage", Facts(context),
            [Col.Text<Fact>("รายการ", f => f.Item), Col.Text<Fact>("ค่า", f => f.Value)]);
        canvas.Finish();
    }

    private static List<Fact> Facts(ReportContext context)
    {
        var run = EtlRunQuery.Latest(context.Connection);
        return
        [
            new("รอบข้อมูล", $"{context.Cycle.ThaiLabel} ({context.Cycle.ToString()})"),
            new("การนำเข้าข้อมูลครั้งล่าสุด (run id)", run?.RunId.ToString(CultureInfo.InvariantCulture) ?? ReportContext.NoData),
            new("เริ่มนำเข้า", run is null ? "—" : WithTime(run.StartedAt)),
            new("นำเข้าเสร็จ", run is null ? "—" : WithTime(run.FinishedAt)),
            new("สถานะการนำเข้า", run is null ? "—" : ThaiLabels.RunStatus(run.Status)),
            new("วันเวลาที่สร้างรายงาน", ThaiDate.FormatWithTime(context.Request.GeneratedAt)),
            new("หน่วยงาน", context.Request.OfficeName ?? Queries.OfficeName.Neutral),
        ];
    }

    private static string WithTime(object? value) => ThaiDate.Parse(value) is { } t ? ThaiDate.FormatWithTime(t) : "—";
}
