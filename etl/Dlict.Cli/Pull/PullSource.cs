using Dlict.Cli.Pull.Queries;
using Dlict.Etl.Cycles;
using Dlict.Warehouse;

namespace Dlict.Cli.Pull;

/// <summary>
/// One configured source ready to fetch: its name (also its folder under the inbox), type (http, imap, folder), where
/// it is as it may be shown (a URL's query masked), its kind and cycle hints, and the fetch itself.
/// </summary>
public abstract class PullSource(string name, string? kind, Cycle? cycle)
{
    public string Name => name;

    public string? Kind => kind;

    public Cycle? Cycle => cycle;

    public abstract string Type { get; }

    public abstract string Location { get; }

    /// <summary>Fetches what is new since <paramref name="log"/>'s record of this source into <paramref name="staging"/>; never throws for the source's own trouble.</summary>
    public abstract Fetch Run(Staging staging, FetchLog log, CancellationToken cancellationToken);
}
