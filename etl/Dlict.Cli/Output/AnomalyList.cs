using Dlict.Reports.Completeness;

namespace Dlict.Cli.Output;

/// <summary>The flags of v_enrolment_anomalies in `dlict check`, school by school, each with its reason in Thai.</summary>
public static class AnomalyList
{
    public static void Print(CompletenessData data, TextWriter output)
    {
        var schools = data.Anomalies.Select(a => a.SchoolCode).Distinct(StringComparer.Ordinal).Count();
        output.WriteLine();
        output.WriteLine($"ข้อสังเกต (เทียบกับรอบเดียวกันของปีก่อน) / flags against the same round last year: {data.Anomalies.Count} in {schools} school(s)");
        if (data.Anomalies.Count == 0) return;
        var table = new TextTable("code", "school", "grade", "ข้อสังเกต / flag");
        string? previous = null;
        foreach (var a in data.Anomalies)
        {
            var first = a.SchoolCode != previous;
            table.Add(first ? a.SchoolCode : "", first ? a.SchoolName : "", a.Grade, a.Message);
            previous = a.SchoolCode;
        }
        table.Write(output);
    }
}
