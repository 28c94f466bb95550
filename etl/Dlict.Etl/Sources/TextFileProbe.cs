using System.Text;

namespace Dlict.Etl.Sources;

/// <summary>
/// A text file checked whole before any parsing (<see cref="CheckedTextStream"/>): a UTF-16 BOM (Excel "Unicode Text")
/// → UTF-16 LE/BE, valid UTF-8 (BOM or not) → UTF-8, otherwise Windows-874 unless it is binary or mixed
/// (<see cref="ThaiTextBytes"/>); empty files and physical lines longer than 1 MB are rejected.
/// </summary>
internal static class TextFileProbe
{
    public const int MaxLineBytes = CheckedTextStream.MaxLineBytes;

    public static Encoding DetectEncoding(FileSource source)
    {
        using var bytes = new CheckedTextStream(source);
        bytes.ReadToEnd();
        if (!bytes.HasContent) throw SourceFileProblem.Empty(source.DisplayName);
        if (Utf16(source) is { } utf16) return utf16;
        if (bytes.HasNul) throw SourceFileProblem.Binary(source.DisplayName);
        // A sequence cut off at the very end is a truncated UTF-8 file, not Windows-874: decoding it as 874 would
        // turn every Thai cell of an otherwise good file into mojibake.
        if (bytes.IsUtf8) return new UTF8Encoding(true);
        ThaiTextBytes.Check(source);
        return CodePages.Thai;
    }

    /// <summary>UTF-16 LE or BE when the file starts with its BOM; the reader skips the BOM (the encoding's preamble).</summary>
    private static Encoding? Utf16(FileSource source)
    {
        Span<byte> bom = stackalloc byte[2];
        using var file = source.Open();
        if (file.ReadAtLeast(bom, 2, throwOnEndOfStream: false) < 2) return null;
        return bom[0] == 0xFF && bom[1] == 0xFE ? Encoding.Unicode : bom[0] == 0xFE && bom[1] == 0xFF ? Encoding.BigEndianUnicode : null;
    }

    /// <summary>
    /// A reader in the detected encoding that skips a leading UTF-8 BOM whatever the encoding: a BOM in front of
    /// Windows-874 text (an editor that added one to a Thai Excel export) must not become "๏ปฟ" in the first header cell.
    /// </summary>
    public static StreamReader OpenReader(FileSource source, Encoding encoding, int bufferSize) =>
        new(new CheckedTextStream(source), encoding, detectEncodingFromByteOrderMarks: false, bufferSize);
}
