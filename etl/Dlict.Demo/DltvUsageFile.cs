namespace Dlict.Demo;

/// <summary>Weekly DLTV usage per DLTV school and a few grades over the school weeks of the fiscal year; two rows use DLTV for more periods than planned.</summary>
internal static class DltvUsageFile
{
    private static readonly string[] Problems =
    [
        "สัญญาณขาดหายช่วงฝนตก", "กล่องรับสัญญาณค้าง", "ไฟฟ้าดับ", "จานดาวเทียมเอียง ต้องปรับมุม", "โทรทัศน์เปิดไม่ติด", "LNB เสื่อม",
    ];

    public static OperationsTruth Write(OperationsContext ctx, List<WrittenFile> files)
    {
        var rng = ctx.Rng;
        var name = ctx.FileName("แบบบันทึกผลการใช้งาน_DLTV");
        var csv = new DelimitedFile(',', "\n");
        csv.Row("รหัสโรงเรียน", "วันที่", "ชั้น", "คาบที่สอน", "คาบที่ใช้ DLTV", "สัญญาณปกติ", "ปัญหา");
        var broken = new List<BrokenRow>();
        var weeks = SchoolFridays(ctx).ToList();
        var rows = ctx.DltvSchools.Count * weeks.Count * 3;
        var wrong = new HashSet<int> { rng.Next(rows), rng.Next(rows) };
        var k = 0;
        foreach (var school in ctx.DltvSchools)
        {
            var grades = DemoGrades.PrimaryOnly.OrderBy(_ => rng.Next()).Take(3).OrderBy(g => g, StringComparer.Ordinal).ToList();
            foreach (var friday in weeks)
            {
                foreach (var grade in grades)
                {
                    var planned = 23 + rng.Next(0, 4);
                    var signal = rng.NextDouble() > 0.08;
                    var used = signal ? planned - rng.Next(0, 4) : rng.Next(0, planned / 2);
                    var isWrong = wrong.Contains(k++);
                    if (isWrong) used = planned + 1 + rng.Next(0, 5);
                    var row = csv.Row(school.Code, ThaiDates.BeDate(friday), grade, planned, used, signal ? "Y" : "N", signal ? "" : Problems[rng.Next(Problems.Length)]);
                    if (isWrong) broken.Add(new BrokenRow(name, row, "periods_dltv > periods_planned", school.Code));
                }
            }
        }
        return ctx.Save(csv, "dltv_usage", name, broken, DemoEncodings.Utf8Bom, files);
    }

    /// <summary>Fridays in term time: 1 Nov – end of Feb and 16 May – 30 Sep.</summary>
    private static IEnumerable<DateTime> SchoolFridays(OperationsContext ctx)
    {
        for (var d = ctx.Start; d <= ctx.End; d = d.AddDays(1))
        {
            var term = d.Month is 11 or 12 or 1 or 2 || d.Month is >= 6 and <= 9 || d.Month == 5 && d.Day >= 16;
            if (term && d.DayOfWeek == DayOfWeek.Friday) yield return d;
        }
    }
}
