namespace Dlict.Demo;

/// <summary>Staff digital-training attendance: ~30 courses, valid 13-digit staff IDs, names in the file (the loader drops them).</summary>
internal static class TrainingFile
{
    private static readonly string[] Courses =
    [
        "การใช้ Google Workspace for Education", "การจัดการเรียนการสอนผ่าน DLTV", "Coding สำหรับครูประถม", "การสร้างสื่อด้วย Canva",
        "ความปลอดภัยไซเบอร์และ PDPA", "การใช้ระบบ DMC สำหรับเจ้าหน้าที่ข้อมูล", "Microsoft Teams ในห้องเรียน", "การผลิตคลิปการสอน",
        "AI เพื่อการเรียนรู้", "การดูแลระบบเครือข่ายโรงเรียน", "e-Learning ด้วย Moodle", "การซ่อมบำรุงอุปกรณ์ DLTV",
    ];

    private static readonly string[] Positions = ["ครู", "ครูผู้ช่วย", "ผู้อำนวยการโรงเรียน", "รองผู้อำนวยการโรงเรียน", "ครู", "ครู"];

    public static OperationsTruth Write(OperationsContext ctx, List<WrittenFile> files)
    {
        var rng = ctx.Rng;
        var used = new HashSet<string>();
        var staff = Enumerable.Range(0, 400).Select(i => i < 40
            ? (Id: CitizenIds.Next(rng, used), Name: ThaiNames.FullName(rng), Position: i % 3 == 0 ? "ศึกษานิเทศก์" : "นักวิชาการคอมพิวเตอร์", School: "", Group: ctx.Pick(OperationsContext.WorkGroups))
            : (Id: CitizenIds.Next(rng, used), Name: ThaiNames.FullName(rng), Position: ctx.Pick(Positions), School: ctx.Pick(ctx.OpenSchools).Code, Group: "")).ToList();

        var csv = new DelimitedFile(',', "\n");
        csv.Row("รหัสหลักสูตร", "ชื่อหลักสูตร", "วันที่อบรม", "ชั่วโมง", "เลขประจำตัวประชาชน", "ชื่อ-สกุล", "ตำแหน่ง", "รหัสโรงเรียน", "กลุ่มงาน", "เข้าร่วม", "ผ่าน");
        for (var c = 1; c <= 30; c++)
        {
            var code = FormattableString.Invariant($"DL{ctx.FiscalYearBe % 100}-{c:000}");
            var title = Courses[(c - 1) % Courses.Length] + (c > Courses.Length ? FormattableString.Invariant($" รุ่นที่ {(c - 1) / Courses.Length + 1}") : "");
            var date = ctx.AnyDay();
            var hours = new[] { 3, 6, 6, 12, 18 }[rng.Next(5)];
            foreach (var person in staff.OrderBy(_ => rng.Next()).Take(rng.Next(10, 41)).ToList())
            {
                var attended = rng.NextDouble() < 0.92;
                csv.Row(code, title, ThaiDates.BeDate(date), hours, person.Id, person.Name, person.Position, person.School, person.Group,
                    attended ? "Y" : "N", attended ? (rng.NextDouble() < 0.9 ? "Y" : "N") : "");
            }
        }
        var name = ctx.FileName("อบรมพัฒนาบุคลากรด้านดิจิทัล");
        return ctx.Save(csv, "training", name, [], DemoEncodings.Utf8Bom, files);
    }
}
