using System.Text;

namespace Dlict.Demo;

/// <summary>The synthetic district: writes a registry, enrolment for every cycle, a student roster and a year of operations files into an inbox, and returns what it wrote.</summary>
public static class DemoDistrict
{
    public static DemoManifest Generate(DemoOptions options, string inboxDir, IProgress<string>? progress = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Schools, 12);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Years, 1);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Directory.CreateDirectory(inboxDir);

        var schools = SchoolRoster.Build(options.Schools, new Random(options.Seed));
        EnrolmentModel.Fill(schools, options, new Random(options.Seed + 1));
        progress?.Report(FormattableString.Invariant($"{schools.Count} schools in {schools.Select(s => s.Cluster).Distinct().Count()} clusters"));

        var (registry, registryBroken) = RegistryFile.Write(inboxDir, schools, options, new Random(options.Seed + 2));
        var files = new List<WrittenFile> { registry };

        var cycles = new List<DemoCycle>();
        var cycleRng = new Random(options.Seed + 3);
        var index = 0;
        foreach (var (year, round) in EnrolmentModel.Cycles(options))
        {
            var plan = CyclePlan.Make(schools, year, round, index++, cycleRng);
            // The last cycle (the one the demo's workbooks show) gets the planted anomalies, against the year before's same round.
            var before = cycles.SingleOrDefault(c => c.AcademicYearBe == year - 1 && c.Round == round);
            var planted = index == EnrolmentModel.Cycles(options).Count && before is not null
                ? PlantedAnomalies.Plant(plan, before.Key, before.MissingSchools, new Random(options.Seed + 6)) : [];
            var cycle = EnrolmentFiles.WriteCycle(inboxDir, plan, cycleRng) with { Anomalies = planted };
            cycles.Add(cycle);
            files.AddRange(cycle.Files);
            progress?.Report(FormattableString.Invariant($"cycle {cycle.Key}: {cycle.Files.Count} files, {cycle.ValidStudents} students"));
        }

        var rosterCycle = cycles.Single(c => c.AcademicYearBe == options.LastYearBe && c.Round == 1);
        var (roster, rosterFiles) = StudentRosterFiles.Write(inboxDir, schools, rosterCycle, new Random(options.Seed + 4));
        files.AddRange(rosterFiles);
        progress?.Report(FormattableString.Invariant($"roster {roster.Cycle}: {roster.Rows} students"));

        var (operations, operationFiles) = OperationsFiles.Write(inboxDir, schools, options, new Random(options.Seed + 5));
        files.AddRange(operationFiles);
        progress?.Report(FormattableString.Invariant($"operations: {operations.Count} files"));

        return new DemoManifest(options, inboxDir, [.. schools.Select(s => s.ToManifest())], registry, registryBroken, cycles, roster, operations, files);
    }
}
