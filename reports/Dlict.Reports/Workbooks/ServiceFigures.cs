using Dlict.Reports.Queries;

namespace Dlict.Reports.Workbooks;

/// <summary>Service-desk figures from v_service_requests: requests per month and type, approval, turnaround.</summary>
public static class ServiceFigures
{
    public sealed record MonthLine(string Month, IReadOnlyDictionary<string, long> ByType, long Total);

    public sealed record TypeLine(string ServiceType, long Requests, long Decided, long Approved, long Completed,
        long Open, double? ApprovalRate, double? MedianTurnaroundDays);

    public const string AllTypes = "รวมทุกประเภท";

    /// <summary>A decision counts as approval when it reads <c>approved</c> or <c>อนุมัติ</c>.</summary>
    public static bool IsApproved(string? decision) =>
        decision?.Trim() is { } d && (d.Equals("approved", StringComparison.OrdinalIgnoreCase) || d == "อนุมัติ");

    public const string OtherTypes = "อื่น ๆ";

    /// <summary>The most service types the sheet shows (each is a column of the month table); the rest are counted together.</summary>
    public const int MaxTypes = 15;

    /// <summary>The types in name order, <see cref="OtherTypes"/> last.</summary>
    public static IReadOnlyList<string> Types(IReadOnlyList<ServiceRequest> requests) =>
        requests.Select(r => r.ServiceType).Distinct().OrderBy(t => t == OtherTypes).ThenBy(t => t, StringComparer.Ordinal).ToList();

    /// <summary>
    /// The requests with every type outside the <paramref name="max"/> most requested (ties by name) renamed
    /// <see cref="OtherTypes"/>: free-text types from schools (thousands of spellings) must not become thousands of columns.
    /// </summary>
    public static IReadOnlyList<ServiceRequest> TopTypes(IReadOnlyList<ServiceRequest> requests, int max = MaxTypes)
    {
        var counts = requests.GroupBy(r => r.ServiceType).Select(g => (Type: g.Key, Count: g.Count())).ToList();
        if (counts.Count <= max) return requests;
        var kept = counts.OrderByDescending(c => c.Count).ThenBy(c => c.Type, StringComparer.Ordinal).Take(max).Select(c => c.Type)
            .ToHashSet(StringComparer.Ordinal);
        return requests.Select(r => kept.Contains(r.ServiceType) ? r : r with { ServiceType = OtherTypes }).ToList();
    }

    public static IReadOnlyList<MonthLine> ByMonth(IReadOnlyList<ServiceRequest> requests) => requests
        .Select(r => (Request: r, At: ThaiDate.Parse(r.RequestedAt)))
        .Where(x => x.At is not null)
        .GroupBy(x => (x.At!.Value.Year, x.At!.Value.Month))
        .OrderBy(g => g.Key)
        .Select(g => new MonthLine(ThaiDate.FormatMonth(g.Key.Year, g.Key.Month),
            g.GroupBy(x => x.Request.ServiceType).ToDictionary(t => t.Key, t => (long)t.Count(), StringComparer.Ordinal),
            g.Count()))
        .ToList();

    public static IReadOnlyList<TypeLine> ByType(IReadOnlyList<ServiceRequest> requests) =>
        [.. requests.GroupBy(r => r.ServiceType).OrderBy(g => g.Key == OtherTypes).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => Line(g.Key, g.ToList())),
         Line(AllTypes, requests)];

    private static TypeLine Line(string type, IReadOnlyList<ServiceRequest> requests)
    {
        var decided = requests.Count(r => !string.IsNullOrWhiteSpace(r.Decision));
        var approved = requests.Count(r => IsApproved(r.Decision));
        var open = requests.Count(r => r.IsOpen);
        return new TypeLine(type, requests.Count, decided, approved, requests.Count - open, open,
            Percent.Of(approved, decided),
            Percent.Median(requests.Where(r => r.TurnaroundDays is not null).Select(r => r.TurnaroundDays!.Value)));
    }
}
