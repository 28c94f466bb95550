namespace Dlict.Demo;

/// <summary>Two ICT/DLTV equipment surveys per school and type (English headers); two rows have working + broken above quantity.</summary>
internal static class EquipmentFile
{
    private static readonly string[] DltvTypes = ["dish", "receiver", "tv"];
    private static readonly string[] IctTypes = ["computer", "notebook", "tablet", "projector", "router"];

    public static OperationsTruth Write(OperationsContext ctx, List<WrittenFile> files)
    {
        var rng = ctx.Rng;
        var name = FormattableString.Invariant($"equipment_survey_FY{ctx.FiscalYearBe}.csv");
        var csv = new DelimitedFile(',', "\n");
        csv.Row("school_code", "survey_date", "equipment_type", "quantity", "working", "broken");
        var broken = new List<BrokenRow>();
        DateTime[] surveys = [ctx.Start.AddDays(44), ctx.Start.AddMonths(7).AddDays(14)];
        var wrong = new HashSet<(int, string)>
        {
            (1, ctx.OpenSchools[rng.Next(ctx.OpenSchools.Count)].Code),
            (0, ctx.OpenSchools[rng.Next(ctx.OpenSchools.Count)].Code),
        };
        for (var survey = 0; survey < surveys.Length; survey++)
        {
            foreach (var school in ctx.OpenSchools)
            {
                var rooms = school.Grades.Count + school.TargetStudents / 60;
                var types = school.Dltv ? DltvTypes.Concat(IctTypes) : IctTypes;
                var first = true;
                foreach (var type in types)
                {
                    var quantity = Quantity(type, school, rooms, rng);
                    var brokenCount = rng.NextDouble() < 0.25 ? rng.Next(0, quantity / 3 + 2) : 0;
                    brokenCount = Math.Min(brokenCount, quantity);
                    var working = quantity - brokenCount - (rng.NextDouble() < 0.1 && quantity - brokenCount > 0 ? 1 : 0);
                    var isWrong = first && wrong.Contains((survey, school.Code));
                    if (isWrong) working = quantity - brokenCount + 2;
                    var row = csv.Row(school.Code, ThaiDates.IsoDate(surveys[survey]), type, quantity, working, brokenCount);
                    if (isWrong) broken.Add(new BrokenRow(name, row, "working + broken > quantity", school.Code));
                    first = false;
                }
            }
        }
        return ctx.Save(csv, "equipment", name, broken, DemoEncodings.Utf8, files);
    }

    private static int Quantity(string type, SchoolPlan school, int rooms, Random rng) => type switch
    {
        "dish" => 1,
        "receiver" or "tv" => rooms,
        "computer" => Math.Max(2, school.TargetStudents / 12 + rng.Next(0, 5)),
        "notebook" => rng.Next(1, 4 + school.TargetStudents / 100),
        "tablet" => rng.Next(0, 10 + school.TargetStudents / 20),
        "projector" => rng.Next(1, 2 + rooms / 3),
        _ => rng.Next(1, 3 + school.TargetStudents / 400),
    };
}
