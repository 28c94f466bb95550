namespace Dlict.Demo;

/// <summary>Supervision visits to about half of the DLTV schools, rated 1–5, one rating of 7.</summary>
internal static class SupervisionFile
{
    private static readonly string[] Findings =
    [
        "ครูใช้ DLTV ครบตามตาราง มีการเตรียมการสอนล่วงหน้า", "ห้องเรียนบางห้องไม่มีโทรทัศน์ ต้องเรียนรวม", "สัญญาณไม่เสถียร ควรปรับจาน",
        "นักเรียนมีส่วนร่วมดี ครูปลายทางเสริมกิจกรรม", "ยังไม่ได้บันทึกผลการใช้งานสม่ำเสมอ", "ใช้แท็บเล็ตเสริมการเรียนรู้ได้ดี",
    ];

    private static readonly string[] Topics = ["dltv", "dltv", "digital", "other"];

    public static OperationsTruth Write(OperationsContext ctx, List<WrittenFile> files)
    {
        var rng = ctx.Rng;
        var name = ctx.FileName("แบบบันทึกนิเทศ กำกับ ติดตาม");
        var csv = new DelimitedFile(',', "\n");
        csv.Row("รหัสโรงเรียน", "วันที่นิเทศ", "เรื่อง", "ผลการประเมิน", "ข้อค้นพบ", "supervisor_id");
        var used = new HashSet<string>();
        var supervisors = Enumerable.Range(0, 6).Select(_ => CitizenIds.Next(rng, used)).ToList();
        var visited = ctx.DltvSchools.OrderBy(_ => rng.Next()).Take((ctx.DltvSchools.Count + 1) / 2).ToList();
        var broken = new List<BrokenRow>();
        var wrong = rng.Next(visited.Count);
        for (var i = 0; i < visited.Count; i++)
        {
            var visits = rng.Next(1, 3);
            for (var v = 0; v < visits; v++)
            {
                var rating = i == wrong && v == 0 ? 7 : Math.Clamp(3 + rng.Next(-2, 3), 1, 5);
                var row = csv.Row(visited[i].Code, ThaiDates.BeDate(ctx.AnyDay()), Topics[rng.Next(Topics.Length)], rating,
                    Findings[rng.Next(Findings.Length)], supervisors[rng.Next(supervisors.Count)]);
                if (rating == 7) broken.Add(new BrokenRow(name, row, "rating outside 1–5", visited[i].Code));
            }
        }
        return ctx.Save(csv, "supervision", name, broken, DemoEncodings.Utf8Bom, files);
    }
}
