using System.Globalization;
using Dlict.Etl.Kinds;
using Dlict.Reports.Completeness;
using Dlict.Reports.Workbooks;

namespace Dlict.Cli.Output;

/// <summary>What `dlict check` prints: the table per district, then the missing, late and failing schools, then the flags.</summary>
public static class CheckReport
{
    private const int FirstFew = 3;

    public static void Print(CompletenessData data, TextWriter output)
    {
        var asOf = data.AsOf is { } a ? $", ณ สิ้นวันที่ / as of end of {ThaiDate.Format(a)}" : "";
        var deadline = data.Deadline is { } d ? $"{ThaiDate.Format(d)} ({d:yyyy-MM-dd})" : "-";
        output.WriteLine($"รอบ / cycle {data.Cycle} — กำหนดส่ง / deadline {deadline}{asOf}");
        var table = new TextTable("อำเภอ/district", "expected", "submitted", "on time", "late", "missing", "rate %", "on-time %");
        foreach (var r in data.Districts())
            table.Add(r.District.Length == 0 ? "(none)" : r.District, N(r.Expected), N(r.Submitted), N(r.OnTime), N(r.Late), N(r.Missing),
                r.ReportingRate.ToString("0.0", CultureInfo.InvariantCulture), r.OnTimeRate.ToString("0.0", CultureInfo.InvariantCulture));
        table.Write(output);

        List("ยังไม่ส่ง / missing", data.Sorted(s => s.Status == "missing"), output, null, _ => "");
        List("ส่งล่าช้า / late", data.Sorted(s => s.Status == "late"), output, "ส่งเมื่อ/submitted",
            s => s.SubmittedAt is { } t ? ThaiDate.Format(DateOnly.FromDateTime(t)) + t.ToString(" HH:mm", CultureInfo.InvariantCulture) : "");
        var problems = data.Rejects.Where(r => r.SchoolCode is not null && r.Severity == "error")
            .GroupBy(r => r.SchoolCode!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        List("ข้อมูลไม่ผ่านการตรวจ (ฉบับล่าสุด) / latest submission has rejected rows", data.Sorted(s => s.RejectedRows > 0), output,
            "แถว/rows  ปัญหา/problems (first)", s => $"{s.RejectedRows}  {FirstProblems(problems.GetValueOrDefault(s.SchoolCode) ?? [])}");
        UnknownCodes(data, output);
        AnomalyList.Print(data, output);
    }

    /// <summary>The first few distinct problems of a school: rule, Thai message and how many rows.</summary>
    private static string FirstProblems(IReadOnlyList<RejectLine> rejects) =>
        string.Join("; ", rejects.GroupBy(r => (r.Rule, r.Message)).Take(FirstFew)
            .Select(g => $"{g.Key.Rule} {g.Key.Message} ×{g.Count()}"))
        + (rejects.Select(r => r.Rule).Distinct().Count() > FirstFew ? "; …" : "");

    /// <summary>Rows for school codes the registry does not know: counted and listed, so a wrong code or a missing registry shows.</summary>
    private static void UnknownCodes(CompletenessData data, TextWriter output)
    {
        var unknown = data.Rejects.Where(r => KindCatalogue.MeansUnknownSchool(r.Rule)).ToList();
        var codes = unknown.GroupBy(r => r.Value ?? r.SchoolCode ?? "", StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        output.WriteLine();
        output.WriteLine($"รหัสโรงเรียนที่ไม่อยู่ในทะเบียน / school codes not in the registry: {codes.Count} code(s), {unknown.Count} row(s)");
        if (codes.Count == 0) return;
        var table = new TextTable("รหัส/code", "แถว/rows", "ไฟล์/file");
        foreach (var g in codes) table.Add(g.Key, g.Count().ToString(CultureInfo.InvariantCulture), string.Join(", ", g.Select(r => r.SourceFile).Distinct()));
        table.Write(output);
    }

    private static void List(string title, IEnumerable<SchoolCompleteness> schools, TextWriter output, string? heading, Func<SchoolCompleteness, string> extra)
    {
        var rows = schools.ToList();
        output.WriteLine();
        output.WriteLine($"{title}: {rows.Count}");
        if (rows.Count == 0) return;
        var table = heading is null ? new TextTable("รหัส/code", "โรงเรียน/school", "กลุ่ม/cluster") : new TextTable("รหัส/code", "โรงเรียน/school", "กลุ่ม/cluster", heading);
        foreach (var s in rows) table.Add(s.SchoolCode, s.SchoolName, s.Cluster ?? "", extra(s));
        table.Write(output);
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
