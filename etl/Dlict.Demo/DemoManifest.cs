namespace Dlict.Demo;

/// <summary>What the generator wrote and the truth a loader should find in it.</summary>
public sealed record DemoManifest(
    DemoOptions Options,
    string InboxDir,
    IReadOnlyList<DemoSchool> Schools,
    WrittenFile Registry,
    IReadOnlyList<BrokenRow> RegistryBrokenRows,
    IReadOnlyList<DemoCycle> Cycles,
    RosterTruth Roster,
    IReadOnlyList<OperationsTruth> Operations,
    IReadOnlyList<WrittenFile> Files);

/// <summary>One data cycle (`2568/1`): who was expected, who is missing, late or resubmitted, which rows are broken, and the students that should load.</summary>
public sealed record DemoCycle(
    int AcademicYearBe,
    int Round,
    DateTime Deadline,
    IReadOnlyList<string> ExpectedSchools,
    IReadOnlyList<string> MissingSchools,
    LateSubmission Late,
    Resubmission Resubmission,
    IReadOnlyList<BrokenRow> BrokenRows,
    IReadOnlyList<WrittenFile> Files,
    int ValidStudents)
{
    public string Key => CycleKey(AcademicYearBe, Round);

    /// <summary>The anomalies planted in this cycle's figures (the last cycle only).</summary>
    public IReadOnlyList<PlantedAnomaly> Anomalies { get; init; } = [];

    public static string CycleKey(int yearBe, int round) => FormattableString.Invariant($"{yearBe}/{round}");
}

public sealed record LateSubmission(string SchoolCode, string FileName, DateTime SubmittedAt);

/// <summary>A school that sent its numbers twice: the first file holds wrong numbers, the correction (`…แก้ไข…`) the true ones.</summary>
public sealed record Resubmission(string SchoolCode, string FirstFileName, DateTime FirstSubmittedAt, string CorrectionFileName, DateTime CorrectedAt);

/// <summary>A deliberately wrong row: file name, row number as the user sees it (CSV line / Excel row), and why.</summary>
public sealed record BrokenRow(string FileName, int RowNumber, string Reason, string? SchoolCode = null, int LostStudents = 0);

/// <summary>A file written into the inbox. Layout: registry, long, wide, roster, operations; Encoding: utf-8-bom, utf-8, windows-874, xlsx.</summary>
public sealed record WrittenFile(string Name, string Kind, string Layout, string Encoding, string Delimiter, DateTime LastWriteTime, string? Cycle = null);

/// <summary>The student roster of the latest cycle's round 1 and its deliberate faults.</summary>
public sealed record RosterTruth(
    string Cycle,
    IReadOnlyList<string> Files,
    int Rows,
    int GCodes,
    IReadOnlyList<string> MismatchedSchools,
    IReadOnlyList<BrokenRow> BadCitizenIds,
    IReadOnlyList<DuplicatedId> DuplicatedIds);

public sealed record DuplicatedId(string CitizenId, string FirstSchool, string SecondSchool);

/// <summary>One operations file (training, equipment, loans, dltv_usage, supervision, service_requests).</summary>
public sealed record OperationsTruth(string Kind, string FileName, int Rows, IReadOnlyList<BrokenRow> BrokenRows);
