using Dlict.Reports.Charts;
using Dlict.Reports.Queries;
using OfficeOpenXml;
using OfficeOpenXml.Drawing.Chart;

namespace Dlict.Reports.Workbooks;

/// <summary>ครุภัณฑ์และ DLTV: equipment by type, working / broken (v_equipment), DLTV readiness per school (v_dltv_readiness).</summary>
public static class EquipmentSheet
{
    public const string Name = "ครุภัณฑ์และ DLTV";

    public static void Write(ExcelPackage package, ReportContext context)
    {
        var canvas = new SheetCanvas(package, Name, "ครุภัณฑ์และความพร้อม DLTV", context);
        var equipment = EquipmentQuery.ByType(context.Connection);
        var equipmentTable = canvas.Table("ครุภัณฑ์ตามประเภท (สำรวจล่าสุด)", "EquipmentByType", equipment,
        [
            Col.Text<EquipmentCount>("ประเภทครุภัณฑ์", e => e.EquipmentLabel), Col.Count<EquipmentCount>("โรงเรียน", e => e.Schools),
            Col.Count<EquipmentCount>("จำนวนทั้งหมด", e => e.Quantity), Col.Count<EquipmentCount>("ใช้งานได้", e => e.Working),
            Col.Count<EquipmentCount>("ชำรุด", e => e.Broken),
            Col.Rate<EquipmentCount>("ใช้งานได้ (%)", e => Percent.Of(e.Working, e.Quantity)),
        ]);
        var dltv = DltvReadinessQuery.Schools(context.Connection);
        canvas.Table("ความพร้อมและการใช้งาน DLTV รายโรงเรียน", "DltvReadiness", dltv,
        [
            Col.Text<DltvReadiness>("รหัสโรงเรียน", d => d.SchoolCode), Col.Text<DltvReadiness>("ชื่อโรงเรียน", d => d.SchoolName),
            Col.Text<DltvReadiness>("อำเภอ", d => ThaiLabels.District(d.District)),
            Col.Text<DltvReadiness>("จานรับสัญญาณ", d => ThaiLabels.YesNo(d.HasDish)),
            Col.Text<DltvReadiness>("เครื่องรับสัญญาณ", d => ThaiLabels.YesNo(d.HasReceiver)),
            Col.Text<DltvReadiness>("โทรทัศน์", d => ThaiLabels.YesNo(d.HasTv)),
            Col.Text<DltvReadiness>("พร้อมใช้งาน", d => d.Ready == 1 ? "พร้อม" : "ไม่พร้อม"),
            Col.Rate<DltvReadiness>("อัตราการใช้งาน (%)", d => d.UsageRate),
            Col.Text<DltvReadiness>("นิเทศครั้งล่าสุด", d => ThaiDate.FormatOrDash(d.LastSupervision)),
            Col.Text<DltvReadiness>("ผลการนิเทศ", d => d.LastRating),
        ]);
        if (equipmentTable is not null)
            NativeChart.Add(canvas, "EquipmentChart", eChartType.BarStacked, "ครุภัณฑ์ใช้งานได้และชำรุด ตามประเภท", equipmentTable, 0, [3, 4],
                [NativeChart.Palette[2], NativeChart.Palette[3]]);
        canvas.Finish();
    }
}
