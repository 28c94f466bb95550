using Dlict.Reports.Queries;

namespace Dlict.Reports.Completeness;

/// <summary>Everything the completeness workbook and `dlict check` show for one cycle (optionally as of a day).</summary>
public sealed record CompletenessData(
    string Cycle,
    DateOnly? Deadline,
    DateOnly? AsOf,
    IReadOnlyList<SchoolCompleteness> Schools,
    IReadOnlyList<RejectLine> Rejects)
{
    private Task<IReadOnlyList<AnomalyLine>> _anomalies = Task.FromResult<IReadOnlyList<AnomalyLine>>([]);

    /// <summary>The flags of v_enrolment_anomalies (the latest figures, also with an as-of day), by school. If they are
    /// still being read (<see cref="WithAnomalies"/>), the first use waits for them.</summary>
    public IReadOnlyList<AnomalyLine> Anomalies
    {
        get => _anomalies.GetAwaiter().GetResult();
        init => _anomalies = Task.FromResult(value);
    }

    /// <summary>The same data with flags another connection is still reading: `dlict check` reads them beside the rest
    /// and lays out the workbook's first sheets meanwhile.</summary>
    public CompletenessData WithAnomalies(Task<IReadOnlyList<AnomalyLine>> pending) => this with { _anomalies = pending };

    /// <summary>One line per district (by name) and the <c>ALL</c> line last.</summary>
    public IReadOnlyList<DistrictCompleteness> Districts()
    {
        static DistrictCompleteness Line(string district, IEnumerable<SchoolCompleteness> schools)
        {
            var list = schools.ToList();
            int Count(string status) => list.Count(s => s.Status == status);
            return new DistrictCompleteness(district, list.Count, list.Count - Count("missing"), Count("on_time"), Count("late"), Count("missing"));
        }

        return Schools.GroupBy(s => s.District ?? "").OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Line(g.Key, g))
            .Append(Line(DistrictCompleteness.All, Schools))
            .ToList();
    }

    /// <summary>Missing first, then late, then on time; within each by district, cluster and code. Only the schools
    /// <paramref name="which"/> keeps, when given (filtering before sorting spares sorting 30,000 schools to list a few).</summary>
    public IEnumerable<SchoolCompleteness> Sorted(Func<SchoolCompleteness, bool>? which = null) => (which is null ? Schools : Schools.Where(which))
        .OrderBy(s => s.StatusOrder).ThenBy(s => s.District, StringComparer.Ordinal)
        .ThenBy(s => s.Cluster, StringComparer.Ordinal).ThenBy(s => s.SchoolCode, StringComparer.Ordinal);

    /// <summary>The same data narrowed to one school.</summary>
    public CompletenessData ForSchool(string schoolCode) => this with
    {
        Schools = Schools.Where(s => s.SchoolCode == schoolCode).ToList(),
        Rejects = Rejects.Where(r => r.SchoolCode == schoolCode).ToList(),
        Anomalies = Anomalies.Where(a => a.SchoolCode == schoolCode).ToList(),
    };
}
