using Dlict.Etl.Loading;
using Dlict.Etl.Reading;
using Dlict.Etl.Validation;
using static Dlict.Etl.Reading.ColumnSpec;

namespace Dlict.Etl.Kinds.ServiceRequests;

/// <summary>Kind <c>service_requests</c>: ICT service requests to the area office. Its forms carry the requester's name, which is never read.</summary>
public sealed class ServiceRequestsKind : IInputKind
{
    public static KindSchema Schema { get; } = new("service_requests",
        Req("request_no", "เลขที่คำขอ", "เลขที่"),
        Req("requested_at", "วันที่ขอ", "วันที่ขอรับบริการ", "วันเวลาที่ขอ"),
        Opt("requester_position", "ตำแหน่ง", "ตำแหน่งผู้ขอ"),
        Req("requester_group", "กลุ่มงาน/โรงเรียน", "ผู้ขอ (กลุ่มงาน/โรงเรียน)", "หน่วยงานผู้ขอ"),
        Req("service_type", "ประเภทบริการ", "บริการ"),
        Opt("decision", "ความเห็นผู้อำนวยการกลุ่ม", "ความเห็น", "ผลการพิจารณา"),
        Opt("decided_at", "วันที่อนุญาต", "วันที่พิจารณา"),
        Opt("performed_by_group", "ผู้ดำเนินการ", "กลุ่มผู้ดำเนินการ"),
        Opt("completed_at", "วันที่ดำเนินการแล้วเสร็จ", "วันที่แล้วเสร็จ"))
    {
        CarriesNames = true,
    };

    KindSchema IInputKind.Schema => Schema;

    public int Specificity => 10;

    public string RulePrefix => "SRV";

    IReadOnlyList<Rule> IInputKind.Rules { get; } = RuleList.Of(typeof(Rules));

    public IKindLoader Loader { get; } = new ServiceRequestsLoader();
}
