using System.Buffers;
using System.Security.Cryptography;
using System.Text.Unicode;

namespace Dlict.Etl.Sources;

/// <summary>
/// A text file's bytes (one stream of a <see cref="FileSource"/>), read once in 64 KB blocks and checked as they pass: whether there is any content, that no
/// physical line is longer than 1 MB (<see cref="SourceFileProblem.LineTooLong"/>), whether every byte so far is valid
/// UTF-8, and (on request) the file's SHA-256. A reader reads the text through it with a leading UTF-8 BOM skipped;
/// <see cref="ReadToEnd"/> reads the rest through the same checks. With <c>requireUtf8</c> the first byte that is
/// not UTF-8 throws <see cref="NotUtf8Exception"/>, for a caller that read on in the hope that it was.
/// </summary>
internal sealed class CheckedTextStream : Stream
{
    public const int MaxLineBytes = 1024 * 1024;
    private const int BlockSize = 64 * 1024;

    private readonly Stream _file;
    private readonly string _name;
    private readonly bool _requireUtf8;
    private readonly IncrementalHash? _sha;
    private readonly byte[] _bytes = ArrayPool<byte>.Shared.Rent(BlockSize + 4);
    private int _carry, _carryFrom; // an unfinished UTF-8 sequence at the end of the last block (_bytes[_carryFrom..]), to validate with the next
    private int _next, _end; // bytes not yet handed to the reader: _bytes[_next.._end)
    private long _line = 1, _lineLength;
    private bool _atEnd, _disposed, _started;
    private string? _sha256;

    /// <summary>Reads a fresh stream of <paramref name="source"/>, which it disposes.</summary>
    public CheckedTextStream(FileSource source, bool hash = false, bool requireUtf8 = false)
    {
        _file = source.Open();
        _name = source.DisplayName;
        _requireUtf8 = requireUtf8;
        _sha = hash ? IncrementalHash.CreateHash(HashAlgorithmName.SHA256) : null;
    }

    /// <summary>Every byte read so far is UTF-8 (a sequence cut off by the end of the file counts as UTF-8: a truncated file, not Windows-874).</summary>
    public bool IsUtf8 { get; private set; } = true;

    /// <summary>A NUL byte has been read: binary, or UTF-16 (which <see cref="TextFileProbe"/> knows by its BOM).</summary>
    public bool HasNul { get; private set; }

    /// <summary>Something other than whitespace (and a BOM) has been read.</summary>
    public bool HasContent { get; private set; }

    /// <summary>The file's SHA-256 (hex), once read to the end with hashing on.</summary>
    public string Sha256 => _sha256 ?? throw new InvalidOperationException("the file has not been hashed to its end");

    /// <summary>Reads the first block ahead of the reader (which still gets it), for a look at <see cref="IsUtf8"/> and <see cref="HasContent"/>.</summary>
    public void ReadAhead()
    {
        if (_next == _end) Fill();
    }

    /// <summary>Reads (and checks) whatever the reader has not, up to the end of the file.</summary>
    public void ReadToEnd()
    {
        while (Fill())
        {
        }
    }

    public override int Read(Span<byte> buffer)
    {
        if (_next == _end && !Fill()) return 0;
        var count = Math.Min(buffer.Length, _end - _next);
        _bytes.AsSpan(_next, count).CopyTo(buffer);
        _next += count;
        return count;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_disposed)
        {
            _disposed = true;
            _file.Dispose();
            _sha?.Dispose();
            ArrayPool<byte>.Shared.Return(_bytes);
        }
        base.Dispose(disposing);
    }

    /// <summary>Replaces the handed-out block with the next one, checked; false at the end of the file.</summary>
    private bool Fill()
    {
        if (_atEnd) return false;
        _bytes.AsSpan(_carryFrom, _carry).CopyTo(_bytes); // the unfinished sequence, in front of the block that finishes it
        var first = !_started;
        _started = true;
        var read = _file.Read(_bytes, _carry, BlockSize);
        if (read == 0)
        {
            _atEnd = true;
            _next = _end = 0;
            if (_sha is not null) _sha256 = Convert.ToHexStringLower(_sha.GetHashAndReset());
            return false;
        }
        var block = _bytes.AsSpan(_carry, read);
        _sha?.AppendData(block);
        var bom = first && block.StartsWith("\uFEFF"u8) ? 3 : 0;
        HasContent |= block[bom..].IndexOfAnyExcept(" \t\r\n"u8) >= 0;
        CheckLines(block);
        HasNul |= block.Contains((byte)0);
        if (HasNul && _requireUtf8) throw new NotUtf8Exception(_name); // valid UTF-8, but not text: the checked path words it
        (_next, _end) = (_carry + bom, _carry + read);
        if (IsUtf8) CheckUtf8();
        return true;
    }

    /// <summary>Validates the block with the carried bytes in front; a sequence cut by the block's end waits for the next block.</summary>
    private void CheckUtf8()
    {
        var text = _bytes.AsSpan(0, _end);
        var complete = text.Length - IncompleteTail(text);
        IsUtf8 = Utf8.IsValid(text[..complete]);
        if (!IsUtf8 && _requireUtf8) throw new NotUtf8Exception(_name);
        // The carried bytes move to the front when the next block is read: until then the reader may still want them.
        (_carry, _carryFrom) = (IsUtf8 ? text.Length - complete : 0, complete);
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
    private void CheckLines(ReadOnlySpan<byte> block)
    {
        while (true)
        {
            var lf = block.IndexOfAny((byte)'\n', (byte)'\r');
            var segment = lf < 0 ? block.Length : lf;
            if (_lineLength + segment > MaxLineBytes) throw SourceFileProblem.LineTooLong(_name, _line);
            if (lf < 0)
            {
                _lineLength += segment;
                return;
            }
            _line++;
            _lineLength = 0;
            var crlf = block[lf] == (byte)'\r' && lf + 1 < block.Length && block[lf + 1] == (byte)'\n';
            block = block[(lf + (crlf ? 2 : 1))..];
        }
    }
}
