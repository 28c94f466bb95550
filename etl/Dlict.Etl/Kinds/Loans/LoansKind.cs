using Dlict.Etl.Loading;
using Dlict.Etl.Reading;
using Dlict.Etl.Validation;
using static Dlict.Etl.Reading.ColumnSpec;

namespace Dlict.Etl.Kinds.Loans;

/// <summary>Kind <c>loans</c>: the equipment and media loan register. Its forms carry the borrower's name, which is never read.</summary>
public sealed class LoansKind : IInputKind
{
    public static KindSchema Schema { get; } = new("loans",
        Req("loan_no", "เลขที่", "เลขที่ยืม", "เลขที่การยืม"),
        Req("item", "รายการ", "รายการที่ยืม"),
        Opt("equipment_type", "ประเภท", "ประเภทอุปกรณ์"),
        Req("borrower_group", "กลุ่มงาน/โรงเรียน", "ผู้ยืม (กลุ่มงาน/โรงเรียน)", "ผู้ยืม", "หน่วยงานผู้ยืม"),
        Req("loan_date", "วันที่ยืม"),
        Opt("due_date", "กำหนดคืน", "วันที่กำหนดคืน"),
        Opt("returned_date", "วันที่คืน"))
    {
        CarriesNames = true,
    };

    KindSchema IInputKind.Schema => Schema;

    public int Specificity => 40;

    public string RulePrefix => "LON";

    IReadOnlyList<Rule> IInputKind.Rules { get; } = RuleList.Of(typeof(Rules));

    public IKindLoader Loader { get; } = new LoansLoader();
}
