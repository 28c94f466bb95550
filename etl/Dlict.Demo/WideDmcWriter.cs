namespace Dlict.Demo;

/// <summary>The wide DMC export: one row per school (8-digit SMIS code and name), ชาย/หญิง/รวม/ห้อง per grade, subtotal groups, one submission time, and an unlabelled totals row.</summary>
internal static class WideDmcWriter
{
    private static readonly (string Label, string[] Grades)[] Sections =
    [
        ("ก่อนประถม", DemoGrades.Kindergarten),
        ("ประถม", DemoGrades.PrimaryOnly),
        ("ม.ต้น", DemoGrades.Lower),
    ];

    public static WrittenFile Write(string inbox, string name, IReadOnlyList<(SchoolPlan School, IReadOnlyList<GradeCount> Counts)> rows, DateTime submittedAt, string cycle)
    {
        var csv = new DelimitedFile(',', "\n");
        csv.Row([.. Header()]);
        var sums = new long[Header().Count() - 3];
        foreach (var (school, counts) in rows)
        {
            var numbers = Numbers(counts);
            for (var i = 0; i < numbers.Count; i++) sums[i] += numbers[i];
            csv.Row([school.Smis, school.Name, .. numbers.Cast<object?>(), ThaiDates.BeDateTime(submittedAt)]);
        }
        csv.Row(["", "", .. sums.Cast<object?>(), ""]);
        csv.Save(Path.Combine(inbox, name), DemoEncodings.Utf8, submittedAt);
        return new WrittenFile(name, "enrolment", "wide", "utf-8", ",", submittedAt, cycle);
    }

    public static IEnumerable<string> Header()
    {
        yield return "รหัสโรงเรียน";
        yield return "ชื่อโรงเรียน";
        foreach (var (label, grades) in Sections)
        {
            foreach (var g in grades)
            {
                yield return g + " ชาย";
                yield return g + " หญิง";
                yield return "รวม" + g;
                yield return g + " ห้อง";
            }
            yield return "รวม" + label + " ชาย";
            yield return "รวม" + label + " หญิง";
            yield return "รวม" + label;
            yield return "รวมห้อง" + label;
        }
        yield return "รวมทั้งหมด ชาย";
        yield return "รวมทั้งหมด หญิง";
        yield return "รวมทั้งหมด";
        yield return "รวมห้องทั้งหมด";
        yield return "วันที่ส่ง";
    }

    /// <summary>The numeric cells of one school row, in header order.</summary>
    private static List<long> Numbers(IReadOnlyList<GradeCount> counts)
    {
        var cells = new List<long>();
        long[] all = [0, 0, 0, 0];
        foreach (var (_, grades) in Sections)
        {
            long[] section = [0, 0, 0, 0];
            foreach (var g in grades)
            {
                var c = counts.FirstOrDefault(x => x.Grade == g) ?? new GradeCount(g, 0, 0, 0);
                long[] q = [c.Male, c.Female, c.Total, c.Classrooms];
                cells.AddRange(q);
                for (var i = 0; i < 4; i++) section[i] += q[i];
            }
            cells.AddRange(section);
            for (var i = 0; i < 4; i++) all[i] += section[i];
        }
        cells.AddRange(all);
        return cells;
    }
}
