using System.Globalization;
using Dlict.Reports.Queries;

namespace Dlict.Reports.Workbooks;

/// <summary>The data-quality part of สรุปผู้บริหาร: the median score and its change, the 10 lowest-scoring schools.</summary>
public static class QualityBlock
{
    public const string MedianLabel = "มัธยฐานคะแนนคุณภาพข้อมูล";

    public sealed record LowLine(int Rank, SchoolScore School);

    /// <summary>What the figures mean, for นิยาม.</summary>
    public static readonly IReadOnlyList<DefinitionsSheet.Definition> Definitions =
    [
        new("คะแนนคุณภาพข้อมูล", "100 − 10 × ส่งล่าช้า (0/1) − ค่าน้อยกว่าของ (30, แถวที่ถูกปฏิเสธในฉบับล่าสุด) − ค่าน้อยกว่าของ (30, 5 × จำนวนข้อสังเกต); ไม่มีคะแนนเมื่อยังไม่ส่ง", "v_data_quality"),
        new("มัธยฐานคะแนนคุณภาพข้อมูล", "ค่ากลางของคะแนนของโรงเรียนที่ส่งข้อมูลแล้วในรอบ; เปลี่ยนแปลงเทียบกับรอบก่อนหน้า (คะแนน)", "v_data_quality"),
        new("ข้อสังเกต: จำนวนนักเรียนเปลี่ยนมาก", "ชั้นเดียวกันเทียบรอบเดียวกันของปีก่อน ทั้งสองปีมากกว่า 0 ต่างกันตั้งแต่ 10 คน และตั้งแต่ร้อยละ 30 ของปีก่อน", "v_enrolment_anomalies"),
        new("ข้อสังเกต: มีชั้นใหม่", "ปีก่อนไม่มีนักเรียนชั้นนี้ (โรงเรียนส่งข้อมูลรอบนั้น) ปีนี้มีตั้งแต่ 10 คน", "v_enrolment_anomalies"),
        new("ข้อสังเกต: ชั้นหายไป", "ปีก่อนมีตั้งแต่ 10 คน ปีนี้ไม่มี (โรงเรียนส่งข้อมูลรอบนี้)", "v_enrolment_anomalies"),
        new("ข้อสังเกต: นักเรียนรุ่นเดียวกันเปลี่ยนมาก", "ชั้นนี้ปีก่อนเทียบชั้นถัดไปของระดับเดียวกันปีนี้ (ป.6→ม.1 ไม่นับ) ต่างกันตั้งแต่ 10 คน และร้อยละ 30", "v_enrolment_anomalies"),
        new("ข้อสังเกต: สัดส่วนชาย/หญิงผิดปกติ", "ชั้นที่มีนักเรียนตั้งแต่ 20 คน และนักเรียนชายน้อยกว่าร้อยละ 20 หรือมากกว่าร้อยละ 80", "v_enrolment_anomalies"),
        new("ข้อสังเกต: นักเรียนต่อห้องเกิน 50 คน", "จำนวนนักเรียน ÷ จำนวนห้องเรียน มากกว่า 50", "v_enrolment_anomalies"),
    ];

    public static void Write(SheetCanvas canvas, ReportContext context)
    {
        var figures = ViewProbe.Exists(context.Connection, "v_data_quality") ? QualityFigures.Read(context.Connection, context.Cycle.ToString()) : null;
        canvas.Table("คุณภาพข้อมูล", "SummaryQuality", figures is null ? null : [Median(figures)],
        [
            Col.Text<Kpi>("ตัวชี้วัด", k => k.Label), Col.Rate<Kpi>("ค่า", k => k.Value), Col.Text<Kpi>("หน่วย", k => k.Unit),
            Col.Text<Kpi>("เทียบรอบก่อนหน้า", k => k.Comparison), Col.Text<Kpi>("แหล่งข้อมูล / หมายเหตุ", k => k.Source),
        ]);
        canvas.Table("10 โรงเรียนที่คะแนนคุณภาพข้อมูลต่ำสุด", "SummaryLowestQuality", figures?.Lowest.Select((s, i) => new LowLine(i + 1, s)).ToList(),
        [
            Col.Count<LowLine>("ลำดับ", l => l.Rank), Col.Text<LowLine>("รหัสโรงเรียน", l => l.School.SchoolCode),
            Col.Text<LowLine>("ชื่อโรงเรียน", l => l.School.SchoolName), Col.Text<LowLine>("อำเภอ", l => ThaiLabels.District(l.School.District)),
            Col.Text<LowLine>("สถานะ", l => ThaiLabels.SubmissionStatus(l.School.Status)), Col.Count<LowLine>("แถวที่ถูกปฏิเสธ", l => l.School.RejectedRows),
            Col.Count<LowLine>("ข้อสังเกต", l => l.School.Anomalies), Col.Count<LowLine>("คะแนน", l => l.School.Score),
        ]);
    }

    private static Kpi Median(QualityFigures f)
    {
        var comparison = f.Change is { } change && f.PreviousCycle is { } previous
            ? string.Create(CultureInfo.InvariantCulture, $"{change:+0.0;−0.0;0.0} คะแนน (รอบ {previous}: {f.PreviousMedian:0.0})")
            : "—";
        return new Kpi(MedianLabel, f.Median is { } m ? m : ReportContext.NoData, "คะแนน", comparison,
            string.Create(CultureInfo.InvariantCulture, $"v_data_quality; จากโรงเรียนที่ส่งแล้ว {f.Schools:#,##0} โรง"), TableColumn<Kpi>.RateFormat);
    }
}
