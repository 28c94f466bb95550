namespace Dlict.Cli.Pull;

/// <summary>
/// A file a source brought, complete and checked, waiting in a hidden staging file until it is handed to the inbox.
/// <paramref name="ArrivedAt"/> (Bangkok local) is when the data arrived: Last-Modified, the message's Date or the
/// file's write time, not the time of the pull. <paramref name="Origin"/>: the path under a shared folder or an
/// attachment's own name.
/// </summary>
public sealed record PulledFile(string Name, string StagedPath, DateTime ArrivedAt, long Size, string Sha256, string? Sender = null, string? Origin = null);
