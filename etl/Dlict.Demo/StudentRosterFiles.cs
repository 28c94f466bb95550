using Dlict.Etl.Values;

namespace Dlict.Demo;

/// <summary>Student rosters for one cycle, one UTF-8 CSV per district; counts match enrolment except two schools, with G-codes, five bad check digits and three IDs in two schools.</summary>
internal static class StudentRosterFiles
{
    private sealed record Student(SchoolPlan School, string Grade, bool Male, string Given, string Surname, DateTime Born)
    {
        public string Id { get; set; } = "";
    }

    public static (RosterTruth Truth, List<WrittenFile> Files) Write(string inbox, IReadOnlyList<SchoolPlan> schools, DemoCycle cycle, Random rng)
    {
        var missing = cycle.MissingSchools.ToHashSet();
        var listed = schools.Where(s => s.IsOpen && !missing.Contains(s.Code)).ToList();
        var mismatched = listed.Where(s => s.Size == SchoolSize.Medium).OrderBy(_ => rng.Next()).Take(2).ToList();
        var ceYear = ThaiDates.CeYear(cycle.AcademicYearBe);
        var used = new HashSet<string>();
        var students = new List<Student>();
        foreach (var school in listed)
        {
            foreach (var g in school.Enrolment[cycle.Key])
            {
                var dropGirls = mismatched.Contains(school) && g.Grade == "ป.3" ? Math.Min(2, g.Female) : 0;
                var age = 4 + Array.IndexOf(DemoGrades.Extended, g.Grade);
                for (var k = 0; k < g.Male + g.Female - dropGirls; k++)
                {
                    var male = k < g.Male;
                    var born = new DateTime(ceYear - age, 1, 1).AddDays(rng.Next(0, 365));
                    students.Add(new Student(school, g.Grade, male, ThaiNames.Given(male, rng), ThaiNames.Surname(rng), born)
                    {
                        Id = rng.NextDouble() < 0.01 ? CitizenIds.NextGCode(rng, used) : CitizenIds.Next(rng, used),
                    });
                }
            }
        }

        var valid = students.Select((s, i) => i).Where(i => CitizenId.IsValid(students[i].Id)).OrderBy(_ => rng.Next()).ToList();
        var badIndexes = valid.Take(5).ToHashSet();
        foreach (var i in badIndexes) students[i].Id = CitizenIds.WithWrongCheckDigit(students[i].Id, rng);
        var duplicates = new List<DuplicatedId>();
        var pool = valid.Skip(5).ToList();
        for (var p = 0; duplicates.Count < 3 && p < pool.Count; p++)
        {
            var first = pool[p];
            var at = pool.FindIndex(p + 1, j => students[j].School != students[first].School);
            if (at < 0) break;
            var second = pool[at];
            pool.RemoveAt(at);
            students[second].Id = students[first].Id;
            duplicates.Add(new DuplicatedId(students[first].Id, students[first].School.Code, students[second].School.Code));
        }

        var files = new List<WrittenFile>();
        var bad = new List<BrokenRow>();
        var dashed = cycle.Key.Replace('/', '-');
        foreach (var district in UdonSchoolNames.Districts)
        {
            var name = FormattableString.Invariant($"รายชื่อนักเรียน_{dashed}_{district}.csv");
            var csv = new DelimitedFile(',', "\n");
            csv.Row("รหัสโรงเรียน", "เลขประจำตัวประชาชน", "ชื่อ", "นามสกุล", "ชั้น", "เพศ", "วันเกิด");
            for (var i = 0; i < students.Count; i++)
            {
                var s = students[i];
                if (s.School.District != district) continue;
                var row = csv.Row(s.School.Code, s.Id, s.Given, s.Surname, s.Grade, s.Male ? "ชาย" : "หญิง", ThaiDates.BeDate(s.Born));
                if (badIndexes.Contains(i)) bad.Add(new BrokenRow(name, row, "citizen id check digit wrong", s.School.Code));
            }
            if (csv.Lines == 1) continue;
            var mtime = cycle.Deadline.AddDays(5).AddHours(10);
            csv.Save(Path.Combine(inbox, name), DemoEncodings.Utf8, mtime);
            files.Add(new WrittenFile(name, "students", "roster", "utf-8", ",", mtime, cycle.Key));
        }
        var truth = new RosterTruth(cycle.Key, [.. files.Select(f => f.Name)], students.Count, students.Count(s => CitizenIds.IsGCode(s.Id)),
            [.. mismatched.Select(s => s.Code)], bad, duplicates);
        return (truth, files);
    }
}
