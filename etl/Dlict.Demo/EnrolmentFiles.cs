namespace Dlict.Demo;

/// <summary>Writes one cycle's enrolment files, grouped by cluster, rotating the four layouts across clusters and cycles, with the cycle's deliberate mess.</summary>
internal static class EnrolmentFiles
{
    public static DemoCycle WriteCycle(string inbox, CyclePlan plan, Random rng)
    {
        var files = new List<WrittenFile>();
        var broken = new List<BrokenRow>();
        var longGroups = new List<(string Name, EnrolmentFormat Format, List<EnrolmentLine> Lines)>();
        var firstSubmission = (File: "", At: DateTime.MinValue);
        var clusters = plan.Expected.GroupBy(s => s.Cluster).ToList();
        for (var gi = 0; gi < clusters.Count; gi++)
        {
            var format = (EnrolmentFormat)((gi + plan.Index) % 4);
            var members = clusters[gi].Where(s => !plan.Missing.Contains(s) && s != plan.Late).ToList();
            if (members.Count == 0) continue;
            var name = FileName(format, plan, clusters[gi].Key[SchoolRoster.ClusterPrefix.Length..]);
            if (format == EnrolmentFormat.WideDmc)
            {
                var at = plan.OnTime(rng);
                var rows = members.Select(s => (s, (IReadOnlyList<GradeCount>)Submitted(plan, s, rng))).ToList();
                files.Add(WideDmcWriter.Write(inbox, name, rows, at, plan.Key));
                if (members.Contains(plan.Resubmitter)) firstSubmission = (name, at);
                continue;
            }
            var lines = new List<EnrolmentLine>();
            foreach (var s in members)
            {
                var at = plan.OnTime(rng);
                lines.AddRange(EnrolmentLine.For(s.Code, Submitted(plan, s, rng), at));
                if (s == plan.Resubmitter) firstSubmission = (name, at);
            }
            longGroups.Add((name, format, lines));
        }
        BrokenRows.Inject(longGroups.Select(g => g.Lines).ToList(), plan, rng);
        foreach (var (name, format, lines) in longGroups)
        {
            files.Add(WriteLong(inbox, name, format, lines, plan, rng));
            var first = format == EnrolmentFormat.Xlsx ? EnrolmentXlsxWriter.FirstDataRow : LongCsvWriter.FirstDataRow;
            broken.AddRange(lines.Select((l, i) => (l, i)).Where(x => x.l.Fault is not null)
                .Select(x => new BrokenRow(name, first + x.i, x.l.Fault!, x.l.SchoolCode, x.l.LostStudents)));
        }

        var correctedAt = firstSubmission.At.AddDays(1 + rng.Next(0, 3)).AddHours(rng.Next(-2, 3));
        var fixName = FormattableString.Invariant($"จำนวนนักเรียน_{plan.Dashed}_แก้ไข_{plan.Resubmitter.Code}.csv");
        files.Add(LongCsvWriter.WriteThai874(inbox, fixName, [.. EnrolmentLine.For(plan.Resubmitter.Code, plan.Truth(plan.Resubmitter), correctedAt)], plan.Key));

        var lateAt = plan.After(rng);
        var lateName = FormattableString.Invariant($"enrolment_{plan.YearBe}_{plan.Round}_{plan.Late.Code}.csv");
        files.Add(LongCsvWriter.WriteEnglish(inbox, lateName, [.. EnrolmentLine.For(plan.Late.Code, plan.Truth(plan.Late), lateAt)], plan.Key));

        var valid = plan.Expected.Where(s => !plan.Missing.Contains(s)).Sum(s => plan.Truth(s).Sum(g => g.Total)) - broken.Sum(b => b.LostStudents);
        return new DemoCycle(plan.YearBe, plan.Round, plan.Deadline,
            [.. plan.Expected.Select(s => s.Code)], [.. plan.Missing.Select(s => s.Code)],
            new LateSubmission(plan.Late.Code, lateName, lateAt),
            new Resubmission(plan.Resubmitter.Code, firstSubmission.File, firstSubmission.At, fixName, correctedAt),
            broken, files, valid);
    }

    /// <summary>The counts a school sends first: the truth, except the resubmitter's first try, which has a few boys too many in one grade.</summary>
    private static GradeCount[] Submitted(CyclePlan plan, SchoolPlan s, Random rng)
    {
        var truth = plan.Truth(s);
        if (s != plan.Resubmitter) return truth;
        var wrong = (GradeCount[])truth.Clone();
        var i = rng.Next(wrong.Length);
        wrong[i] = wrong[i] with { Male = wrong[i].Male + 2 + rng.Next(0, 4) };
        return wrong;
    }

    private static WrittenFile WriteLong(string inbox, string name, EnrolmentFormat format, List<EnrolmentLine> lines, CyclePlan plan, Random rng) => format switch
    {
        EnrolmentFormat.ThaiCsv874 => LongCsvWriter.WriteThai874(inbox, name, lines, plan.Key),
        EnrolmentFormat.EnglishCsvSemicolon => LongCsvWriter.WriteEnglish(inbox, name, lines, plan.Key),
        _ => EnrolmentXlsxWriter.Write(inbox, name, lines, plan.YearBe, plan.Round, rng),
    };

    private static string FileName(EnrolmentFormat format, CyclePlan plan, string cluster) => format switch
    {
        EnrolmentFormat.ThaiCsv874 => FormattableString.Invariant($"จำนวนนักเรียน_ปี{plan.YearBe} รอบ{plan.Round}_{cluster}.csv"),
        EnrolmentFormat.EnglishCsvSemicolon => FormattableString.Invariant($"enrolment_{plan.YearBe}_{plan.Round}_{cluster}.csv"),
        EnrolmentFormat.WideDmc => FormattableString.Invariant($"DMC_{plan.Dashed}_{cluster}.csv"),
        _ => FormattableString.Invariant($"ข้อมูลนักเรียน_{plan.Dashed}_{cluster}.xlsx"),
    };
}
