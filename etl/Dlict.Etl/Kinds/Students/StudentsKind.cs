using Dlict.Etl.Loading;
using Dlict.Etl.Reading;
using Dlict.Etl.Validation;
using static Dlict.Etl.Reading.ColumnSpec;

namespace Dlict.Etl.Kinds.Students;

/// <summary>Kind <c>students</c>: the student roster for a cycle: one row per student. The name columns are listed only so that a roster is recognised as one: they are never read.</summary>
public sealed class StudentsKind : IInputKind
{
    public static KindSchema Schema { get; } = new("students",
        Req("school_code", SharedColumns.SchoolCodeAliases),
        PersonId("student_id", required: true, "เลขประจำตัวประชาชน", "เลขบัตรประชาชน", "เลขประจำตัวประชาชน 13 หลัก", "citizen id", "เลขประจำตัว"),
        Req("grade", "ชั้น", "ระดับชั้น"),
        Req("sex", "เพศ", "gender"),
        Opt("birth_date", "วันเกิด", "วันเดือนปีเกิด", "วัน/เดือน/ปีเกิด"),
        Opt("academic_year", "ปีการศึกษา"),
        Opt("round", "รอบ", "ครั้งที่"),
        Opt("submitted_at", "วันที่ส่ง", "วันที่ยืนยันข้อมูล"),
        Personal("first_name", "ชื่อ"),
        Personal("last_name", "นามสกุล"),
        Personal("full_name", "ชื่อ-สกุล", "ชื่อ-นามสกุล", "ชื่อ สกุล"));

    KindSchema IInputKind.Schema => Schema;

    public int Specificity => 70;

    public string RulePrefix => "STU";

    IReadOnlyList<Rule> IInputKind.Rules { get; } = RuleList.Of(typeof(Rules));

    public IKindLoader Loader { get; } = new StudentLoader();
}
