namespace Dlict.Reports.Workbooks;

/// <summary>Thai labels for the English codes the views use.</summary>
public static class ThaiLabels
{
    public static string SizeGroup(string code) => code switch
    {
        "small" => "ขนาดเล็ก (1–120 คน)",
        "medium" => "ขนาดกลาง (121–600 คน)",
        "large" => "ขนาดใหญ่ (601–1,500 คน)",
        "extra_large" => "ขนาดใหญ่พิเศษ (1,501 คนขึ้นไป)",
        "none" => "ไม่มีข้อมูลนักเรียน",
        _ => code,
    };

    public static string GradeLevel(string code) => code switch
    {
        "kindergarten" => "อนุบาล",
        "primary" => "ประถมศึกษา",
        "lower_secondary" => "มัธยมศึกษาตอนต้น",
        "upper_secondary" => "มัธยมศึกษาตอนปลาย",
        "vocational" => "ประกาศนียบัตรวิชาชีพ",
        _ => code,
    };

    public static string SubmissionStatus(string code) => code switch
    {
        "on_time" => "ส่งตรงเวลา",
        "late" => "ส่งล่าช้า",
        "missing" => "ยังไม่ส่ง",
        _ => code,
    };

    /// <summary>Status of an ETL run or job (etl_run.status).</summary>
    public static string RunStatus(string code) => code switch
    {
        "succeeded" => "สำเร็จ",
        "failed" => "ล้มเหลว",
        "running" => "กำลังทำงาน",
        _ => code,
    };

    public static string District(string? name) => string.IsNullOrWhiteSpace(name) ? "(ไม่ระบุอำเภอ)" : name;

    public static string YesNo(long flag) => flag == 1 ? "มี" : "ไม่มี";
}
