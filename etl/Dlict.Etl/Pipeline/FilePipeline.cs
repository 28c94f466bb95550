using Dlict.Etl.Loading;
using Dlict.Etl.Sources;
using Dlict.Etl.Validation;
using Dlict.Warehouse;

namespace Dlict.Etl.Pipeline;

/// <summary>
/// Loads one file in one transaction: every sheet with a recognisable header is read by its kind's loader. The same
/// code runs for real (<see cref="Load"/>: committed, rejects to etl_reject, a whole-file problem recorded in etl_file)
/// or as a check (<see cref="Check"/>: the transaction always rolled back, rejects kept in memory, nothing recorded).
/// It reads the file only through its <see cref="FileSource"/> and never moves it: that is its door's business.
/// </summary>
public sealed class FilePipeline(IWarehouse warehouse, IngestOptions options, IReadOnlyList<IKindLoader> loaders)
{
    /// <summary>Loads the file for real, as part of run <paramref name="runId"/>; <paramref name="gate"/> has the last word before the commit.</summary>
    /// <param name="keepRejects">Also return the reject rows written (<see cref="FileVerdict.Rejects"/>), for a door that answers with them.</param>
    public FileVerdict Load(long runId, FileSource source, ICommitGate gate, bool keepRejects = false) =>
        Timed(new Attempt(runId, gate) { KeepsRejects = keepRejects }, source);

    /// <summary>Runs every rule of a load and keeps nothing: no etl_run, etl_file or etl_reject row, no fact.</summary>
    public FileCheck Check(FileSource source)
    {
        var attempt = new Attempt(0, null);
        var verdict = Timed(attempt, source);
        return new FileCheck(verdict.Outcome, attempt.Rejects) { Schools = verdict.Schools };
    }

    private FileVerdict Timed(Attempt attempt, FileSource source)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var hints = source.Hints;
        var fileOptions = options with { Kind = hints.Kind ?? options.Kind, Cycle = hints.Cycle ?? options.Cycle, School = hints.SchoolCode ?? options.School };
        var verdict = new FileLoad(warehouse, fileOptions, loaders, attempt).Run(source);
        return verdict with { Outcome = verdict.Outcome with { Elapsed = clock.Elapsed } };
    }
}

/// <summary>One load of one file: for real (a gate) or as a check (none), and what a check keeps.</summary>
internal sealed class Attempt(long runId, ICommitGate? gate)
{
    public long RunId { get; set; } = runId;

    public ICommitGate? Gate { get; } = gate;

    public bool IsCheck => Gate is null;

    /// <summary>A real load that also keeps its rejects in <see cref="Rejects"/> (a check always does).</summary>
    public bool KeepsRejects { get; init; }

    public List<Reject> Rejects { get; } = [];

    public HashSet<string> Schools { get; } = new(StringComparer.Ordinal);
}
