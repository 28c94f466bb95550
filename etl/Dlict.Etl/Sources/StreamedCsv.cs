namespace Dlict.Etl.Sources;

/// <summary>
/// A .csv or .txt file read in one pass on the strength of its first block being UTF-8 text: its rows stream out while
/// the same bytes are checked (line lengths, UTF-8) and hashed, instead of after a pass that checks and hashes first
/// (a 580 MB roster reaches its first row ~1 s sooner). If a later byte is not UTF-8, reading throws
/// <see cref="NotUtf8Exception"/>: the caller drops what it did and starts again with <see cref="TabularFile.Open"/>.
/// </summary>
internal sealed class StreamedCsv : IDisposable
{
    private readonly CheckedTextStream _bytes;

    private StreamedCsv(FileSource source, CheckedTextStream bytes)
    {
        _bytes = bytes;
        Sheet = CsvSheet.OpenUtf8(source, bytes);
    }

    /// <summary>The file's one sheet; its rows can be read once.</summary>
    public Sheet Sheet { get; }

    /// <summary>Null unless a .csv or .txt file whose first block has content and is UTF-8.</summary>
    public static StreamedCsv? TryOpen(FileSource source)
    {
        if (!TabularFile.IsDelimitedText(source.DisplayName)) return null;
        CheckedTextStream? bytes = new(source, hash: true, requireUtf8: true);
        try
        {
            bytes.ReadAhead();
            if (!bytes.HasContent) return null;
            var csv = new StreamedCsv(source, bytes);
            bytes = null;
            return csv;
        }
        catch (NotUtf8Exception)
        {
            return null;
        }
        finally
        {
            bytes?.Dispose();
        }
    }

    /// <summary>Reads (and checks) what the loaders left unread and returns the file's SHA-256.</summary>
    public string ReadToEnd()
    {
        _bytes.ReadToEnd();
        return _bytes.Sha256;
    }

    public void Dispose() => _bytes.Dispose();
}
