using System.Text;

namespace Dlict.Etl.Sources;

/// <summary>
/// A text file checked whole before any parsing (<see cref="CheckedTextStream"/>): valid UTF-8 (BOM or not) → UTF-8,
/// otherwise Windows-874; empty files and physical lines longer than 1 MB are rejected.
/// </summary>
internal static class TextFileProbe
{
    public const int MaxLineBytes = CheckedTextStream.MaxLineBytes;

    public static Encoding DetectEncoding(string path)
    {
        using var bytes = new CheckedTextStream(path);
        bytes.ReadToEnd();
        if (!bytes.HasContent) throw SourceFileProblem.Empty(path);
        // A sequence cut off at the very end is a truncated UTF-8 file, not Windows-874: decoding it as 874 would
        // turn every Thai cell of an otherwise good file into mojibake.
        return bytes.IsUtf8 ? new UTF8Encoding(true) : CodePages.Thai;
    }

    /// <summary>
    /// A reader in the detected encoding that skips a leading UTF-8 BOM whatever the encoding: a BOM in front of
    /// Windows-874 text (an editor that added one to a Thai Excel export) must not become "๏ปฟ" in the first header cell.
    /// </summary>
    public static StreamReader OpenReader(string path, Encoding encoding, int bufferSize) =>
        new(new CheckedTextStream(path), encoding, detectEncodingFromByteOrderMarks: false, bufferSize);
}
