using System.Globalization;
using Dlict.Reports.Completeness;
using Dlict.Reports.Workbooks;

namespace Dlict.Cli.Output;

/// <summary>What `dlict check` prints: the table per district, then the missing, late and failing schools, then the flags.</summary>
public static class CheckReport
{
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

        List("ยังไม่ส่ง / missing", data.Sorted(s => s.Status == "missing"), output, _ => "");
        List("ส่งล่าช้า / late", data.Sorted(s => s.Status == "late"), output,
            s => s.SubmittedAt is { } t ? ThaiDate.Format(DateOnly.FromDateTime(t)) + t.ToString(" HH:mm", CultureInfo.InvariantCulture) : "");
        List("ข้อมูลไม่ผ่านการตรวจ (ฉบับล่าสุด) / latest submission has rejected rows", data.Sorted(s => s.RejectedRows > 0), output,
            s => $"{s.RejectedRows} row(s)");
        AnomalyList.Print(data, output);
    }

    private static void List(string title, IEnumerable<SchoolCompleteness> schools, TextWriter output, Func<SchoolCompleteness, string> extra)
    {
        var rows = schools.ToList();
        output.WriteLine();
        output.WriteLine($"{title}: {rows.Count}");
        if (rows.Count == 0) return;
        var table = new TextTable("code", "school", "cluster", "");
        foreach (var s in rows) table.Add(s.SchoolCode, s.SchoolName, s.Cluster ?? "", extra(s));
        table.Write(output);
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
