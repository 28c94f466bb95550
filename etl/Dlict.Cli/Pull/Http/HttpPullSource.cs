using Dlict.Cli.Pull.Queries;
using Dlict.Etl.Cycles;
using Dlict.Warehouse;
using NodaTime;

namespace Dlict.Cli.Pull.Http;

/// <summary>An HTTP(S) source as the pull runs it: the validators of the last successful fetch go with the GET.</summary>
public sealed class HttpPullSource(string name, Uri url, string? bearerToken, HttpLimits limits, IClock clock, string? kind, Cycle? cycle)
    : PullSource(name, kind, cycle)
{
    public override string Type => "http";

    public override string Location => MaskedUrl.Of(url);

    public override Fetch Run(Staging staging, FetchLog log, CancellationToken cancellationToken)
    {
        var (etag, lastModified) = log.Validators(Name);
        return new HttpSource(Name, url, bearerToken, limits, clock).Run(staging, etag, lastModified, Cycle, cancellationToken);
    }
}
