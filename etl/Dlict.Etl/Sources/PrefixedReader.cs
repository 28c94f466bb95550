namespace Dlict.Etl.Sources;

/// <summary>Text already read into memory, then the rest of a reader: how <see cref="CsvRecords"/> hands a file over mid-way.</summary>
internal sealed class PrefixedReader(ReadOnlyMemory<char> prefix, TextReader rest) : TextReader
{
    private ReadOnlyMemory<char> _prefix = prefix;

    public override int Peek() => _prefix.IsEmpty ? rest.Peek() : _prefix.Span[0];

    public override int Read()
    {
        if (_prefix.IsEmpty) return rest.Read();
        var c = _prefix.Span[0];
        _prefix = _prefix[1..];
        return c;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        if (_prefix.IsEmpty) return rest.Read(buffer);
        var n = Math.Min(buffer.Length, _prefix.Length);
        _prefix.Span[..n].CopyTo(buffer);
        _prefix = _prefix[n..];
        return n;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) rest.Dispose();
        base.Dispose(disposing);
    }
}
