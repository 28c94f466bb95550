using System.Buffers;

namespace Dlict.Etl.Sources;

/// <summary>
/// The records of a delimited text, as CsvHelper reads them, faster for the files offices actually send: a record
/// of plain fields (no quote) or of cleanly quoted ones (the quote opens the field and closes it just before a
/// delimiter or the line's end) is split here with vectorised searches. At the first record that is anything else
/// (a quote inside a plain field, text after a closing quote) the rest of the text goes to <see cref="Fallback"/>
/// (CsvHelper), so that unusual quoting has one set of rules. Lines end at \r\n, \n or \r; a record's line number
/// is the line it starts on. Cells are null when empty; cells of <paramref name="unread"/> columns are not copied.
/// A field longer than <c>maxFieldLength</c> is CsvHelper's to refuse.
/// </summary>
internal sealed class CsvRecords(TextReader reader, char delimiter, int maxFieldLength, UnreadColumns unread)
{
    private const int QuoteChar = '"';
    private readonly SearchValues<char> _plainFieldEnds = SearchValues.Create([delimiter, '\r', '\n', (char)QuoteChar]);
    private char[] _buffer = new char[64 * 1024];
    private int _start, _end; // unread text: _buffer[_start.._end)
    private bool _exhausted;
    private int _line = 1;

    /// <summary>Where the rest of the text goes when this reader stops: its first line number and a reader over the unread text.</summary>
    public (int Line, TextReader Text)? Fallback { get; private set; }

    /// <summary>Records up to the end, or up to the first that needs CsvHelper (then <see cref="Fallback"/> is set).</summary>
    public IEnumerable<(int Line, string?[] Cells)> Read()
    {
        var cells = new List<string?>();
        while (Scan(cells) is { } record)
        {
            yield return (_line, cells.ToArray());
            _start += record.Length;
            _line += record.Lines;
        }
    }

    /// <summary>Finds the record at _start and reads its cells; null at the end of the text or when CsvHelper must take over.</summary>
    private (int Length, int Lines)? Scan(List<string?> cells)
    {
        cells.Clear();
        var i = 0; // offset from _start
        var lines = 1;
        while (true)
        {
            if (!Available(i))
            {
                if (i == 0) return null; // the end of the text
                cells.Add(null); // the text ends after a delimiter
                return (i, lines);
            }
            int end; // offset just after the field
            if (_buffer[_start + i] != QuoteChar)
            {
                end = IndexOfFieldEnd(i);
                if (end < 0) return HandOver();
                cells.Add(unread.Contains(cells.Count) ? UnreadColumns.Cell(_buffer.AsSpan(_start + i, end - i)) : Cell(i, end));
            }
            else
            {
                // A quoted field: "" stands for one quote; the closing quote must be followed by a delimiter or a line end.
                var (close, inside) = ClosingQuote(i + 1);
                if (close < 0) return HandOver();
                cells.Add(close == i + 1 ? null
                    : unread.Contains(cells.Count) ? UnreadColumns.Cell(_buffer.AsSpan(_start + i + 1, close - i - 1))
                    : new string(_buffer, _start + i + 1, close - i - 1).Replace("\"\"", "\"", StringComparison.Ordinal));
                lines += inside;
                end = close + 1;
            }
            if (Available(end) && _buffer[_start + end] == delimiter)
            {
                i = end + 1;
                continue;
            }
            if (Available(end) && _buffer[_start + end] is not ('\r' or '\n')) return HandOver(); // text after a closing quote
            return Ended(end, lines);
        }
    }

    /// <summary>The record ends at offset <paramref name="end"/> (a line end or the end of the text).</summary>
    private (int Length, int Lines) Ended(int end, int lines)
    {
        if (!Available(end)) return (end, lines);
        var terminator = _buffer[_start + end] == '\r' && Available(end + 1) && _buffer[_start + end + 1] == '\n' ? 2 : 1;
        return (end + terminator, lines);
    }

    private string? Cell(int from, int to) => to == from ? null : new string(_buffer, _start + from, to - from);

    /// <summary>Offset of the delimiter or line end after a plain field (or the end of the text); -1 if the field holds a quote.</summary>
    private int IndexOfFieldEnd(int from)
    {
        var i = from;
        while (true)
        {
            var found = _buffer.AsSpan(_start + i, _end - _start - i).IndexOfAny(_plainFieldEnds);
            if (found >= 0) return _buffer[_start + i + found] == QuoteChar || i + found - from > maxFieldLength ? -1 : i + found;
            i = _end - _start;
            if (i - from > maxFieldLength) return -1;
            if (!Available(i)) return i;
        }
    }

    /// <summary>Offset of the quote closing a field whose text starts at <paramref name="from"/>, and the line ends inside it; -1 if none.</summary>
    private (int Close, int Lines) ClosingQuote(int from)
    {
        var (i, lines) = (from, 0);
        while (Available(i) && i - from <= maxFieldLength)
        {
            var c = _buffer[_start + i];
            if (c == QuoteChar)
            {
                if (!Available(i + 1) || _buffer[_start + i + 1] != QuoteChar) return (i, lines);
                i += 2;
                continue;
            }
            if (c == '\n' || (c == '\r' && !(Available(i + 1) && _buffer[_start + i + 1] == '\n'))) lines++;
            i++;
        }
        return (-1, lines);
    }

    private (int, int)? HandOver()
    {
        Fallback = (_line, new PrefixedReader(_buffer.AsMemory(_start, _end - _start), reader));
        return null;
    }

    /// <summary>Whether offset <paramref name="i"/> from _start holds a character, reading more text if needed.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool Available(int i) => _start + i < _end || ReadMore(i);

    private bool ReadMore(int i)
    {
        while (_start + i >= _end)
        {
            if (_exhausted) return false;
            if (_start > 0)
            {
                Array.Copy(_buffer, _start, _buffer, 0, _end - _start);
                (_end, _start) = (_end - _start, 0);
            }
            if (_end == _buffer.Length) Array.Resize(ref _buffer, _buffer.Length * 2);
            var read = reader.Read(_buffer, _end, _buffer.Length - _end);
            if (read == 0) _exhausted = true;
            _end += read;
        }
        return true;
    }
}
