using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Dlict.Etl.Sources;

/// <summary>
/// One streaming pass over a text file's bytes: valid UTF-8 (BOM or not) → UTF-8, otherwise Windows-874;
/// also rejects empty files and physical lines longer than 1 MB before any parsing.
/// </summary>
internal static class TextFileProbe
{
    public const int MaxLineBytes = 1024 * 1024;
    private const int BlockSize = 64 * 1024;

    public static Encoding DetectEncoding(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var bytes = ArrayPool<byte>.Shared.Rent(BlockSize + 4);
        try
        {
            var utf8 = true;
            var content = false;
            long line = 1, lineLength = 0;
            var carry = 0;
            int read;
            while ((read = stream.Read(bytes, carry, BlockSize)) > 0)
            {
                var block = bytes.AsSpan(carry, read);
                content |= HasContent(block, stream.Position == read);
                (line, lineLength) = CheckLines(path, block, line, lineLength);
                if (utf8)
                {
                    // Validate only (no decoding); a sequence cut by the block end waits for the next block.
                    var text = bytes.AsSpan(0, carry + read);
                    var complete = text.Length - IncompleteTail(text);
                    utf8 = Utf8.IsValid(text[..complete]);
                    carry = utf8 ? text.Length - complete : 0;
                    text[complete..(complete + carry)].CopyTo(bytes);
                }
            }

            if (!content)
            {
                throw SourceFileProblem.Empty(path);
            }

            // An incomplete sequence at the very end (carry > 0) is a truncated UTF-8 file, not Windows-874:
            // decoding it as 874 would turn every Thai cell of an otherwise good file into mojibake.
            return utf8 ? new UTF8Encoding(true) : CodePages.Thai;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>
    /// A reader in the detected encoding that skips a leading UTF-8 BOM whatever the encoding: a BOM in front of
    /// Windows-874 text (an editor that added one to a Thai Excel export) must not become "๏ปฟ" in the first header cell.
    /// </summary>
    public static StreamReader OpenReader(string path, Encoding encoding, int bufferSize)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        Span<byte> head = stackalloc byte[3];
        var read = stream.ReadAtLeast(head, 3, throwOnEndOfStream: false);
        stream.Position = read == 3 && head.SequenceEqual("\uFEFF"u8) ? 3 : 0;
        return new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false, bufferSize);
    }

    /// <summary>How many bytes at the end start a UTF-8 sequence that the block does not finish (0 to 3).</summary>
    private static int IncompleteTail(ReadOnlySpan<byte> text)
    {
        for (var back = 1; back <= Math.Min(3, text.Length); back++)
        {
            var b = text[^back];
            if ((b & 0xC0) == 0x80) continue; // a continuation byte: look further back for its lead
            var needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return needed > back ? back : 0;
        }
        return 0;
    }

    /// <summary>Counts physical lines (ended by LF, CRLF or CR alone) and throws when one is too long.</summary>
    private static (long Line, long Length) CheckLines(string path, ReadOnlySpan<byte> block, long line, long length)
    {
        while (true)
        {
            // CR alone ends a line too (old Mac exports); CRLF is one line end.
            var lf = block.IndexOfAny((byte)'\n', (byte)'\r');
            var segment = lf < 0 ? block.Length : lf;
            if (length + segment > MaxLineBytes)
            {
                throw SourceFileProblem.LineTooLong(path, line);
            }

            if (lf < 0)
            {
                return (line, length + segment);
            }

            line++;
            length = 0;
            var crlf = block[lf] == (byte)'\r' && lf + 1 < block.Length && block[lf + 1] == (byte)'\n';
            block = block[(lf + (crlf ? 2 : 1))..];
        }
    }

    /// <summary>Anything but whitespace and a UTF-8 BOM at the start of the file.</summary>
    private static bool HasContent(ReadOnlySpan<byte> block, bool fileStart)
    {
        if (fileStart && block.StartsWith("\uFEFF"u8))
        {
            block = block[3..];
        }

        return block.IndexOfAnyExcept(" \t\r\n"u8) >= 0;
    }
}
