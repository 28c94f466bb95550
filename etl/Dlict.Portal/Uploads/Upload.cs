using Dlict.Etl.Cycles;
using Dlict.Warehouse;

namespace Dlict.Portal.Uploads;

/// <summary>
/// One file a school sent through its link: the bytes as received, the client's name (display text only, already
/// cleaned of separators), when the upload finished (Bangkok local), the link's school and the form's cycle.
/// </summary>
public sealed record Upload(byte[] Bytes, string DisplayName, DateTime ArrivedAt, string SchoolCode, Cycle? Cycle, bool CheckOnly);

/// <summary>One reject row as the school sees it: the row number as in its file.</summary>
public sealed record UploadReject(int? Row, string? Column, string? Value, string Rule, string Message, string MessageEn);

/// <summary>
/// The answer to an upload or a check (portal.md's JSON contract). <see cref="Status"/>: <c>loaded</c>,
/// <c>rejected</c> (the whole file; <see cref="Message"/> says why, nothing kept) or <c>skipped</c> (the same bytes
/// were loaded before). A check answers what a real upload would have answered and keeps nothing.
/// </summary>
public sealed record UploadResult(string Status, string? Kind, string? Cycle, string SchoolCode, long RowsLoaded, long RowsRejected,
    IReadOnlyList<UploadReject> Rejects, string Message)
{
    public const string Loaded = "loaded";
    public const string Rejected = "rejected";
    public const string Skipped = "skipped";

    /// <summary>The name the server stored the file under (never the client's), null for a check.</summary>
    public string? StoredAs { get; init; }

    public static UploadResult Refused(string schoolCode, string? kind, string thai, string english) =>
        new(Rejected, kind, null, schoolCode, 0, 0, [], $"{thai} / {english}");
}

/// <summary>Runs an upload through the pipeline (for real or as a check) under the school door's rules.</summary>
public interface IUploadPipeline
{
    UploadResult Run(Upload upload, CancellationToken cancellationToken);
}
