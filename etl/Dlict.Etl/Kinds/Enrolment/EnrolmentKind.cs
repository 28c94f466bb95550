using Dlict.Etl.Loading;
using Dlict.Etl.Reading;
using Dlict.Etl.Validation;
using static Dlict.Etl.Reading.ColumnSpec;

namespace Dlict.Etl.Kinds.Enrolment;

/// <summary>Kind <c>enrolment</c>: student counts per school and grade for a cycle (DMC): one row per grade, or the wide form with a group of columns per grade.</summary>
public sealed class EnrolmentKind : IInputKind
{
    public static KindSchema Schema { get; } = new("enrolment",
        Req("school_code", SharedColumns.SchoolCodeAliases),
        Req("grade", "ชั้น", "ระดับชั้น"),
        Req("male", "ชาย", "นักเรียนชาย"),
        Req("female", "หญิง", "นักเรียนหญิง"),
        Opt("total", "รวม"),
        Opt("classrooms", "ห้อง", "จำนวนห้อง", "ห้องเรียน"),
        Opt("academic_year", "ปีการศึกษา"),
        Opt("round", "รอบ", "ครั้งที่"),
        Opt("submitted_at", "วันที่ส่ง", "วันที่ยืนยันข้อมูล"),
        Opt("school_name", "ชื่อโรงเรียน", "ชื่อสถานศึกษา"))
    {
        Layout = WideEnrolmentLayout.TryCreate,
    };

    KindSchema IInputKind.Schema => Schema;

    public int Specificity => 80;

    public string RulePrefix => "ENR";

    IReadOnlyList<Rule> IInputKind.Rules { get; } = RuleList.Of(typeof(Rules));

    public IKindLoader Loader { get; } = new EnrolmentLoader();
}
