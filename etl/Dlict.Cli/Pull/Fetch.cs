namespace Dlict.Cli.Pull;

/// <summary>How one fetch of one source ended (the <c>outcome</c> of v_source_fetches).</summary>
public static class FetchOutcomes
{
    /// <summary>New files were brought.</summary>
    public const string New = "new";

    /// <summary>Nothing changed since the last fetch (HTTP 304, no unseen message, no new or changed file).</summary>
    public const string NotModified = "not-modified";

    public const string Failed = "failed";
}

/// <summary>
/// The result of fetching one source: its outcome, the HTTP status or the number of messages read, the files brought
/// (staged, not yet in the inbox), a bilingual message, and what the next fetch asks with (ETag, Last-Modified).
/// </summary>
public sealed record Fetch(string Outcome, IReadOnlyList<PulledFile> Files, string? Message = null)
{
    public int? HttpStatus { get; init; }

    public int? MessageCount { get; init; }

    public string? ETag { get; init; }

    public string? LastModified { get; init; }

    /// <summary>Files looked at and not copied because their bytes did not change (folder sources: the fingerprint to keep).</summary>
    public IReadOnlyList<PulledFile> Unchanged { get; init; } = [];

    public long Bytes => Files.Sum(f => f.Size);

    public static Fetch Failed(string message, int? httpStatus = null) => new(FetchOutcomes.Failed, [], message) { HttpStatus = httpStatus };
}
