using System.IO.Compression;
using MimeKit;

namespace Dlict.Cli.Pull.Imap;

/// <summary>
/// The data attachments of one message and the checks they pass before any is kept: at most
/// <see cref="MaxPerMessage"/>, each within the size limit, an xlsx a real zip that does not unpack to an absurd size
/// (a zip bomb). A message that fails any check is refused whole: none of its attachments are kept.
/// </summary>
public static class Attachments
{
    public const int MaxPerMessage = 20;

    /// <summary>An xlsx whose parts would unpack to more than this, or a part packed more than <see cref="MaxRatio"/> : 1, is refused.</summary>
    public const long MaxUnpackedBytes = 1L << 30;

    public const int MaxRatio = 200;

    public static IReadOnlyList<MimePart> DataOf(MimeMessage message) =>
        [.. message.Attachments.OfType<MimePart>().Where(p => p.FileName is { } n && PulledName.Taken(n))];

    public static IReadOnlyList<string> IgnoredOf(MimeMessage message) =>
        [.. message.Attachments.OfType<MimePart>().Select(p => p.FileName ?? "(no name)").Where(n => !PulledName.Taken(n))];

    /// <summary>Decodes <paramref name="part"/> into <paramref name="staged"/>; null when usable, else why not.</summary>
    public static string? Save(MimePart part, string staged, long maxBytes)
    {
        using (var file = new FileStream(staged, FileMode.CreateNew, FileAccess.Write))
        using (var limited = new LimitedStream(file, maxBytes))
        {
            try
            {
                part.Content?.DecodeTo(limited);
            }
            catch (LimitedStream.TooLargeException)
            {
                return $"{part.FileName}: ใหญ่เกิน web.maxUploadMb / larger than web.maxUploadMb ({maxBytes / 1048576.0:0.#} MB)";
            }
            if (file.Length == 0) return $"{part.FileName}: ไฟล์ว่าง / an empty file";
        }
        return Path.GetExtension(part.FileName!).Equals(".xlsx", StringComparison.OrdinalIgnoreCase) ? ZipCheck(part.FileName!, staged) : null;
    }

    private static string? ZipCheck(string name, string staged)
    {
        try
        {
            using var zip = ZipFile.OpenRead(staged);
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                var ratio = entry.CompressedLength == 0 ? 0 : entry.Length / entry.CompressedLength;
                if (total > MaxUnpackedBytes || (entry.Length > 1 << 20 && ratio > MaxRatio))
                    return $"{name}: ไฟล์บีบอัดที่ขยายได้ใหญ่ผิดปกติ (zip bomb) ไม่เปิด / unpacks to an absurd size (a zip bomb?): {entry.FullName} is {entry.Length:N0} bytes packed {ratio:N0}:1; not opened";
            }
            return null;
        }
        catch (InvalidDataException e)
        {
            return $"{name}: ไม่ใช่ไฟล์ xlsx ที่อ่านได้ / not a readable xlsx: {e.Message}";
        }
    }

    /// <summary>A write-only stream that refuses past <c>max</c> bytes.</summary>
    private sealed class LimitedStream(Stream inner, long max) : Stream
    {
        private long _written;

        public sealed class TooLargeException : Exception;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _written;

        public override long Position { get => _written; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count)
        {
            _written += count;
            if (_written > max) throw new TooLargeException();
            inner.Write(buffer, offset, count);
        }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
