namespace Dlict.Etl.Sources;

/// <summary>
/// A second look at a file that is not UTF-8 before it is read as Windows-874: binary bytes (NUL, or control bytes
/// in more than 1 % of the file) or UTF-8 Thai letters beside the invalid bytes (a file pasted together from a UTF-8
/// and a Windows-874 export) mean it is none of the encodings the inputs allow, and it is rejected naming that.
/// </summary>
internal static class ThaiTextBytes
{
    /// <summary>UTF-8 Thai letters (E0 B8/B9 + continuation) from which on a non-UTF-8 file counts as mixed; Windows-874 text almost never has "เธ"/"เน" + such a byte.</summary>
    public const int MixedFrom = 3;

    public static void Check(FileSource source)
    {
        var path = source.DisplayName;
        using var file = source.Open();
        var block = new byte[64 * 1024 + 2];
        long total = 0, control = 0, utf8Thai = 0;
        var carry = 0;
        int read;
        while ((read = file.Read(block, carry, block.Length - carry)) > 0)
        {
            var bytes = block.AsSpan(0, carry + read);
            var scanned = bytes.Length - Math.Min(2, bytes.Length); // the last two bytes may start a sequence: scan them with the next block
            for (var i = 0; i < scanned; i++)
            {
                var b = bytes[i];
                if (b == 0) throw SourceFileProblem.Binary(path);
                if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C or 0x1A)) control++;
                if (b == 0xE0 && bytes[i + 1] is 0xB8 or 0xB9 && bytes[i + 2] is >= 0x80 and <= 0xBF) utf8Thai++;
            }
            total += scanned;
            bytes[scanned..].CopyTo(block);
            carry = bytes.Length - scanned;
        }
        foreach (var b in block.AsSpan(0, carry))
        {
            if (b == 0) throw SourceFileProblem.Binary(path);
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C or 0x1A)) control++;
        }
        total += carry;
        if (control * 100 > total) throw SourceFileProblem.Binary(path);
        if (utf8Thai >= MixedFrom) throw SourceFileProblem.MixedEncoding(path);
    }
}
