using Dlict.Etl.Loading;
using Dlict.Etl.Reading;
using Dlict.Etl.Validation;
using static Dlict.Etl.Reading.ColumnSpec;

namespace Dlict.Etl.Kinds.DltvUsage;

/// <summary>Kind <c>dltv_usage</c>: the DLTV usage log: one row per school, day and grade.</summary>
public sealed class DltvUsageKind : IInputKind
{
    public static KindSchema Schema { get; } = new("dltv_usage",
        Req("school_code", SharedColumns.SchoolCodeAliases),
        Req("date", "วันที่", "usage_date", "วันที่ใช้งาน"),
        Req("grade", "ชั้น", "ระดับชั้น"),
        Req("periods_planned", "คาบที่สอน", "จำนวนคาบที่สอน", "คาบตามตาราง"),
        Req("periods_dltv", "คาบที่ใช้ dltv", "จำนวนคาบที่ใช้ dltv"),
        Opt("signal_ok", "สัญญาณปกติ", "สัญญาณ"),
        Opt("problem", "ปัญหา", "ปัญหาที่พบ"));

    KindSchema IInputKind.Schema => Schema;

    public int Specificity => 30;

    public string RulePrefix => "DLT";

    IReadOnlyList<Rule> IInputKind.Rules { get; } = RuleList.Of(typeof(Rules));

    public IKindLoader Loader { get; } = new DltvUsageLoader();
}
