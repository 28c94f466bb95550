using Dlict.Etl.Loading;
using Dlict.Etl.Reading;
using Dlict.Etl.Validation;
using static Dlict.Etl.Reading.ColumnSpec;

namespace Dlict.Etl.Kinds.Training;

/// <summary>Kind <c>training</c>: staff training records: one row per person and course.</summary>
public sealed class TrainingKind : IInputKind
{
    public static KindSchema Schema { get; } = new("training",
        Req("course_code", "รหัสหลักสูตร", "รหัสวิชา"),
        Opt("course_title", "หลักสูตร", "ชื่อหลักสูตร", "ชื่อการอบรม"),
        Req("start_date", "วันที่อบรม", "วันที่เริ่มอบรม", "วันที่"),
        Opt("hours", "ชั่วโมง", "จำนวนชั่วโมง"),
        PersonId("person_id", required: true, "เลขประจำตัวประชาชน", "เลขบัตรประชาชน", "รหัสบุคลากร", "staff_id", "citizen_id"),
        Opt("position", "ตำแหน่ง"),
        Opt("school_code", SharedColumns.SchoolCodeAliases),
        Opt("work_group", "กลุ่มงาน", "กลุ่ม", "หน่วยงาน"),
        Opt("attended", "เข้าร่วม", "เข้าอบรม"),
        Opt("passed", "ผ่าน", "ผ่านการอบรม"));

    KindSchema IInputKind.Schema => Schema;

    public int Specificity => 60;

    public string RulePrefix => "TRN";

    IReadOnlyList<Rule> IInputKind.Rules { get; } = RuleList.Of(typeof(Rules));

    public IKindLoader Loader { get; } = new TrainingLoader();
}
