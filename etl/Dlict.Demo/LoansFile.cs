namespace Dlict.Demo;

/// <summary>The equipment and media loan register: ~150 loans (Windows-874, Thai headers), some not returned, some overdue, one returned before it was lent.</summary>
internal static class LoansFile
{
    private static readonly (string Item, string Type)[] Items =
    [
        ("โปรเจคเตอร์ Epson EB-X51", "projector"), ("โน้ตบุ๊ก Acer TravelMate", "notebook"), ("แท็บเล็ต Samsung Galaxy Tab A9", "tablet"),
        ("เราเตอร์ 4G TP-Link", "router"), ("ชุดรับสัญญาณดาวเทียม DLTV", "receiver"), ("จานดาวเทียม KU-Band 60 ซม.", "dish"),
        ("โทรทัศน์ LED 55 นิ้ว", "tv"), ("กล้องถ่ายภาพ Canon EOS", "other"), ("ไมโครโฟนไร้สาย", "other"), ("ลำโพงพกพา", "other"),
    ];

    public static OperationsTruth Write(OperationsContext ctx, List<WrittenFile> files)
    {
        var rng = ctx.Rng;
        var name = ctx.FileName("ทะเบียนยืมวัสดุอุปกรณ์และสื่อ");
        var csv = new DelimitedFile(',', "\r\n");
        csv.Row("เลขที่", "รายการ", "ประเภท", "กลุ่มงาน/โรงเรียน", "ชื่อผู้ยืม", "วันที่ยืม", "กำหนดคืน", "วันที่คืน");
        var broken = new List<BrokenRow>();
        var wrongAt = rng.Next(10, 140);
        for (var n = 1; n <= 150; n++)
        {
            var (item, type) = Items[rng.Next(Items.Length)];
            var lent = ctx.AnyDay();
            var due = lent.AddDays(rng.Next(3, 15));
            var roll = rng.NextDouble();
            DateTime? returned = roll < 0.75 ? due.AddDays(rng.Next(-3, 2)) : roll < 0.85 ? due.AddDays(rng.Next(2, 20)) : null;
            if (returned < lent) returned = lent;
            if (returned > ctx.End) returned = null;
            if (n == wrongAt) returned = lent.AddDays(-rng.Next(1, 5));
            var row = csv.Row(FormattableString.Invariant($"ยม.{n:000}/{ctx.FiscalYearBe}"), item, type, ctx.GroupOrSchool(), ThaiNames.FullName(rng),
                ThaiDates.BeDate(lent), ThaiDates.BeDate(due), returned is { } r ? ThaiDates.BeDate(r) : "");
            if (n == wrongAt) broken.Add(new BrokenRow(name, row, "returned_date before loan_date"));
        }
        return ctx.Save(csv, "loans", name, broken, DemoEncodings.Windows874, files);
    }
}
