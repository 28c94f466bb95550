using Dlict.Etl.Loading;
using Dlict.Etl.Reading;
using Dlict.Etl.Validation;
using static Dlict.Etl.Reading.ColumnSpec;

namespace Dlict.Etl.Kinds.Schools;

/// <summary>Kind <c>schools</c>: the school registry (ทะเบียนโรงเรียน): one row per school, kept as versions over time.</summary>
public sealed class SchoolsKind : IInputKind
{
    public static KindSchema Schema { get; } = new("schools",
        Req("school_code", SharedColumns.SchoolCodeAliases),
        Req("school_name", "ชื่อโรงเรียน", "ชื่อสถานศึกษา", "โรงเรียน"),
        Opt("smis_code", "รหัส smis", "รหัส 8 หลัก", "smis"),
        Opt("as_of", "ข้อมูล ณ วันที่"),
        Opt("district", "อำเภอ"),
        Opt("subdistrict", "ตำบล"),
        Opt("cluster", "กลุ่มเครือข่าย", "เครือข่าย", "กลุ่มโรงเรียน"),
        Opt("dltv", "โรงเรียนปลายทาง dltv", "ใช้ dltv", "จัดการเรียนการสอน dltv", "การจัดการเรียนการสอน dltv"),
        Opt("status", "สถานะ", "สถานะโรงเรียน"));

    KindSchema IInputKind.Schema => Schema;

    public int Specificity => 90;

    public string RulePrefix => "SCH";

    IReadOnlyList<Rule> IInputKind.Rules { get; } = RuleList.Of(typeof(Rules));

    public IKindLoader Loader { get; } = new SchoolRegistryLoader();
}
