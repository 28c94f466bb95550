namespace Dlict.Demo;

/// <summary>~400 DLICT service requests with Thai date-times: turnaround 0–14 days, some denied or pending, one completed before it was requested.</summary>
internal static class ServiceRequestsFile
{
    private static readonly string[] Services =
    [
        "ขอใช้ห้องประชุมออนไลน์", "ซ่อมคอมพิวเตอร์", "ติดตั้งโปรแกรม", "ขอบัญชีอีเมล @udon1.go.th", "รีเซ็ตรหัสผ่าน",
        "ถ่ายทอดสดกิจกรรม", "ขอใช้อินเทอร์เน็ต/Wi-Fi", "ขอยืมอุปกรณ์", "แก้ไขข้อมูลเว็บไซต์", "ขอข้อมูลสารสนเทศ",
    ];

    private static readonly string[] Positions = ["ครู", "ผู้อำนวยการโรงเรียน", "นักวิชาการศึกษา", "เจ้าพนักงานธุรการ", "ศึกษานิเทศก์", "นักจัดการงานทั่วไป"];
    private static readonly string[] Performers = ["กลุ่ม DLICT งานเครือข่าย", "กลุ่ม DLICT งานระบบสารสนเทศ", "กลุ่ม DLICT งานสื่อและ DLTV"];

    public static OperationsTruth Write(OperationsContext ctx, List<WrittenFile> files)
    {
        var rng = ctx.Rng;
        var name = ctx.FileName("แบบฟอร์มการขอใช้บริการ_DLICT");
        var csv = new DelimitedFile(',', "\n");
        csv.Row("เลขที่คำขอ", "วันที่ขอ", "ชื่อผู้ขอ", "ตำแหน่ง", "กลุ่มงาน/โรงเรียน", "ประเภทบริการ", "ความเห็นผู้อำนวยการกลุ่ม",
            "วันที่อนุญาต", "ผู้ดำเนินการ", "วันที่ดำเนินการแล้วเสร็จ");
        var broken = new List<BrokenRow>();
        var requests = Enumerable.Range(0, 400).Select(_ => ThaiDates.OfficeTime(ctx.AnyDay(), rng)).Order().ToList();
        var wrong = rng.Next(20, 380);
        for (var n = 0; n < requests.Count; n++)
        {
            var at = requests[n];
            var roll = rng.NextDouble();
            var decision = roll < 0.85 ? "อนุญาต" : roll < 0.9 ? "ไม่อนุญาต" : "";
            DateTime? decided = decision == "" ? null : at.AddHours(rng.Next(1, 48));
            var turnaround = Math.Min(14, (int)(-Math.Log(1 - rng.NextDouble()) * 3));
            DateTime? done = decision == "อนุญาต" && rng.NextDouble() < 0.9 ? decided!.Value.AddDays(turnaround).AddHours(rng.Next(0, 6)) : null;
            if (done > ctx.End.AddHours(23)) done = null;
            if (n == wrong) (decision, decided, done) = ("อนุญาต", at.AddHours(2), at.AddDays(-2));
            var row = csv.Row(FormattableString.Invariant($"DLICT-{ctx.FiscalYearBe}-{n + 1:0000}"), ThaiDates.BeDateTimeThai(at), ThaiNames.FullName(rng),
                Positions[rng.Next(Positions.Length)], ctx.GroupOrSchool(), Services[rng.Next(Services.Length)], decision,
                decided is { } d ? ThaiDates.BeDateTimeThai(d) : "", done is null ? "" : Performers[rng.Next(Performers.Length)],
                done is { } c ? ThaiDates.BeDateTimeThai(c) : "");
            if (n == wrong) broken.Add(new BrokenRow(name, row, "completed_at before requested_at"));
        }
        return ctx.Save(csv, "service_requests", name, broken, DemoEncodings.Utf8Bom, files);
    }
}
