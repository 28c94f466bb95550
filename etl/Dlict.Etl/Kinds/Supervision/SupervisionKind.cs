using Dlict.Etl.Loading;
using Dlict.Etl.Reading;
using Dlict.Etl.Validation;
using static Dlict.Etl.Reading.ColumnSpec;

namespace Dlict.Etl.Kinds.Supervision;

/// <summary>Kind <c>supervision</c>: Supervision visits to schools.</summary>
public sealed class SupervisionKind : IInputKind
{
    public static KindSchema Schema { get; } = new("supervision",
        Req("school_code", SharedColumns.SchoolCodeAliases),
        Req("visit_date", "วันที่นิเทศ", "วันที่ติดตาม"),
        Opt("topic", "เรื่อง", "เรื่องที่นิเทศ"),
        Req("rating", "ผลการประเมิน", "ระดับคุณภาพ", "คะแนน"),
        Opt("finding", "ข้อค้นพบ", "ผลการนิเทศ"),
        PersonId("supervisor_id", required: false, "เลขประจำตัวผู้นิเทศ", "รหัสผู้นิเทศ"));

    KindSchema IInputKind.Schema => Schema;

    public int Specificity => 20;

    public string RulePrefix => "SUP";

    IReadOnlyList<Rule> IInputKind.Rules { get; } = RuleList.Of(typeof(Rules));

    public IKindLoader Loader { get; } = new SupervisionLoader();
}
