using Dlict.Etl.Loading;
using Dlict.Etl.Reading;
using Dlict.Etl.Validation;
using static Dlict.Etl.Reading.ColumnSpec;

namespace Dlict.Etl.Kinds.Equipment;

/// <summary>Kind <c>equipment</c>: ICT and DLTV equipment surveys: one row per school, type and survey date.</summary>
public sealed class EquipmentKind : IInputKind
{
    public static KindSchema Schema { get; } = new("equipment",
        Req("school_code", SharedColumns.SchoolCodeAliases),
        Req("survey_date", "วันที่สำรวจ"),
        Req("equipment_type", "ประเภท", "ประเภทครุภัณฑ์", "type"),
        Req("quantity", "จำนวน", "จำนวนทั้งหมด"),
        Opt("working", "ใช้งานได้", "ใช้การได้"),
        Opt("broken", "ชำรุด", "ใช้งานไม่ได้"));

    KindSchema IInputKind.Schema => Schema;

    public int Specificity => 50;

    public string RulePrefix => "EQP";

    IReadOnlyList<Rule> IInputKind.Rules { get; } = RuleList.Of(typeof(Rules));

    public IKindLoader Loader { get; } = new EquipmentLoader();
}
