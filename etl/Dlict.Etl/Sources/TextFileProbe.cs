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
        var chars = ArrayPool<char>.Shared.Rent(BlockSize + 4);
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
                    var status = Utf8.ToUtf16(bytes.AsSpan(0, carry + read), chars, out var used, out _, false, false);
                    utf8 = status != OperationStatus.InvalidData;
                    carry = utf8 ? carry + read - used : 0;
                    bytes.AsSpan(used, carry).CopyTo(bytes);
                }
            }

            if (!content)
            {
                throw SourceFileProblem.Empty(path);
            }

            return utf8 && carry == 0 ? new UTF8Encoding(true) : CodePages.Thai;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>Counts physical lines (LF-terminated) and throws when one is too long.</summary>
    private static (long Line, long Length) CheckLines(string path, ReadOnlySpan<byte> block, long line, long length)
    {
        while (true)
        {
            var lf = block.IndexOf((byte)'\n');
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
            block = block[(lf + 1)..];
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
