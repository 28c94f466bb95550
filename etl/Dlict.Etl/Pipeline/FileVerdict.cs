using Dlict.Etl.Loading;
using Dlict.Etl.Validation;

namespace Dlict.Etl.Pipeline;

/// <summary>
/// What the pipeline decided for one file, for its door to act on: <see cref="FileStatus.Loaded"/> or
/// <see cref="FileStatus.Skipped"/> (already loaded): keep it as loaded (archive/); <see cref="FileStatus.Rejected"/>:
/// reject it whole with <see cref="FileOutcome.Message"/> as the reason; <see cref="FileStatus.Left"/>: leave it for the next run.
/// <see cref="File"/> carries the hash when the pipeline got that far (else <see cref="IncomingFile.Sha256"/> is empty).
/// </summary>
public sealed record FileVerdict(FileOutcome Outcome, IncomingFile File)
{
    /// <summary>The school codes the file's rows named (valid or not), for a door that must hold a file to one school.</summary>
    public IReadOnlySet<string> Schools { get; init; } = new HashSet<string>();

    /// <summary>The reject rows written, in the order found, when the door asked to keep them.</summary>
    public IReadOnlyList<Reject> Rejects { get; init; } = [];
}

/// <summary>
/// A check (dry run) of one file: the outcome a real load would have had (Loaded means "would load") and every reject row
/// it would have written, in the order found, with the row number as in the file.
/// </summary>
public sealed record FileCheck(FileOutcome Outcome, IReadOnlyList<Reject> Rejects)
{
    /// <summary>The school codes the file's rows name (valid or not), for a door that must hold a file to one school.</summary>
    public IReadOnlySet<string> Schools { get; init; } = new HashSet<string>();
}
