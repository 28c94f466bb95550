using Dlict.Etl.Doors;
using Dlict.Etl.Loading;

namespace Dlict.Cli.Pull;

/// <summary>What pulling one source did: the fetch, the files it put in the inbox, and the ingest of them (null when nothing was new or the ingest was busy).</summary>
public sealed record SourceResult(PullSource Source, Fetch Fetch, IReadOnlyList<string> InboxFiles)
{
    public IngestReport? Ingest { get; init; }

    /// <summary>Why the files were not ingested in this run (another ingest held the lock): they wait in the inbox.</summary>
    public string? IngestNote { get; init; }

    public bool Failed => Fetch.Outcome == FetchOutcomes.Failed;

    /// <summary>One line for the terminal and the serve log, never with a secret.</summary>
    public string Line()
    {
        var what = Fetch.Outcome switch
        {
            FetchOutcomes.New => $"new: {Fetch.Files.Count} file(s), {Fetch.Bytes:N0} bytes — {string.Join(", ", Fetch.Files.Select(f => f.Name))}",
            FetchOutcomes.NotModified => $"not modified{(Fetch.Message is null ? "" : " — " + Fetch.Message)}",
            _ => $"failed — {Fetch.Message}",
        };
        return $"{Source.Name} ({Source.Type} {Source.Location}): {what}";
    }
}
