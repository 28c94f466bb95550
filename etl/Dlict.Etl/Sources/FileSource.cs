using Dlict.Warehouse;

namespace Dlict.Etl.Sources;

/// <summary>
/// A file as a door hands it to the pipeline: its bytes (<see cref="Open"/>: a fresh, read-only, seekable stream at
/// position 0 on each call), a display name (text for messages and lineage, never used as a path: its extension says
/// .csv, .txt or .xlsx), its arrival time (Bangkok local), its size and the door's <see cref="Hints"/>.
/// </summary>
public sealed class FileSource
{
    private readonly Func<Stream> _open;

    private FileSource(Func<Stream> open, string displayName, DateTime arrivedAt, long size, FileHints hints)
    {
        _open = open;
        DisplayName = displayName;
        ArrivedAt = arrivedAt;
        Size = size;
        Hints = hints;
    }

    public string DisplayName { get; }

    /// <summary>When the file arrived, Bangkok local (an inbox file: its write time; an upload: when it was received).</summary>
    public DateTime ArrivedAt { get; }

    public long Size { get; }

    public FileHints Hints { get; }

    /// <summary>A new stream over the bytes, read-only, seekable, at position 0; the caller disposes it.</summary>
    public Stream Open() => _open();

    /// <summary>A file on disk (an inbox file, a path given on the command line, an upload's temp file). The arrival time defaults to its write time.</summary>
    public static FileSource FromPath(string path, string? displayName = null, FileHints? hints = null, DateTime? arrivedAt = null)
    {
        var info = new FileInfo(path);
        return new FileSource(
            () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan),
            displayName ?? info.Name, arrivedAt ?? BangkokTime.FromUtc(info.LastWriteTimeUtc), info.Length, hints ?? FileHints.None);
    }

    /// <summary>Bytes held in memory (a small upload, a pulled file, a test).</summary>
    public static FileSource FromBytes(byte[] bytes, string displayName, DateTime arrivedAt, FileHints? hints = null) =>
        new(() => new MemoryStream(bytes, writable: false), displayName, arrivedAt, bytes.Length, hints ?? FileHints.None);

    /// <summary>The same bytes, name and time with other hints.</summary>
    public FileSource With(FileHints hints) => new(_open, DisplayName, ArrivedAt, Size, hints);
}
