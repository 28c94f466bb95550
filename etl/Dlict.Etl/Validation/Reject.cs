namespace Dlict.Etl.Validation;

/// <summary>One problem found in one row: what the data officer sees in v_rejects and the check workbook.</summary>
public sealed record Reject(Rule Rule, string? Sheet, int? RowNumber, string? Column, string? Value, string? Detail = null)
{
    public string? SchoolCode { get; init; }

    public int? CycleKey { get; init; }

    public string Message => Detail is null ? Rule.Thai : $"{Rule.Thai} ({Detail})";

    public string MessageEnglish => Detail is null ? Rule.English : $"{Rule.English} ({Detail})";
}
