using System.Globalization;
using Dlict.Etl.Cycles;
using Dlict.Warehouse;

namespace Dlict.Cli.Pull;

/// <summary>
/// The inbox name of a pulled file: <c>&lt;source&gt;[-&lt;cycle&gt;]-&lt;yyyyMMdd-HHmmss&gt;.&lt;ext&gt;</c> (arrival time) or, for
/// a file that had a name (attachment, shared folder), that name. The cycle hint is written into the name as
/// <c>2568-1</c>, so that any ingest (even the inbox job, if it gets there first) files it under that cycle.
/// </summary>
public static class PulledName
{
    public static readonly IReadOnlyList<string> Extensions = [".csv", ".txt", ".xlsx"];

    public static string Versioned(string source, Cycle? cycle, DateTime arrivedAt, string extension) =>
        $"{source}{(cycle is { } c ? $"-{c.FileTag}" : "")}-{arrivedAt.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}{extension}";

    public static bool Taken(string fileName) => Extensions.Contains(Path.GetExtension(fileName).ToLowerInvariant());

    /// <summary>The extension of a body: xlsx when it is a zip (PK), else the extension the server's name gave (csv, txt), else csv.</summary>
    public static string ExtensionOf(string stagedPath, string? serverName)
    {
        Span<byte> head = stackalloc byte[4];
        using (var stream = File.OpenRead(stagedPath))
            if (stream.ReadAtLeast(head, 4, throwOnEndOfStream: false) == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) return ".xlsx";
        var named = Path.GetExtension(serverName ?? "").ToLowerInvariant();
        return named is ".csv" or ".txt" ? named : ".csv";
    }
}
