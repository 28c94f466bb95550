namespace Dlict.Etl.Validation;

/// <summary>A validation rule with a stable code (e.g. <c>ENR-003</c>) and its message in Thai and English.</summary>
public sealed record Rule(string Code, Severity Severity, string Thai, string English)
{
    public string Kind => Code[..3] switch
    {
        "SCH" => "schools",
        "ENR" => "enrolment",
        "STU" => "students",
        "TRN" => "training",
        "EQP" => "equipment",
        "LON" => "loans",
        "DLT" => "dltv_usage",
        "SUP" => "supervision",
        "SRV" => "service_requests",
        _ => "every file",
    };
}
