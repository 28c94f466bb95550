using Dlict.Etl.Values;

namespace Dlict.Tests.Etl.Values;

public class ThaiTextTests
{
    [TestCase("  abc  ", "abc")]
    [TestCase("๑๒๓๔๕๖๗๘๙๐", "1234567890")]
    [TestCase("a\u200Bb\u200Dc\uFEFF", "abc")]
    [TestCase("\u202Bโรงเรียน\u202C\u2066x\u2069", "โรงเรียนx")]
    [TestCase("a\u00A0\u00A0b", "a b")]
    [TestCase("บ้าน  น้ำ\t\r\nโค้ง", "บ้าน น้ำ โค้ง")]
    [TestCase("ไทยรัฐวิทยา ๘๖", "ไทยรัฐวิทยา 86")]
    [TestCase(null, null)]
    [TestCase("", null)]
    [TestCase("  \t ", null)]
    [TestCase("\u200B\uFEFF", null)]
    [TestCase("\u00A0", null)]
    public void Clean(string? raw, string? expected) =>
        Assert.That(ThaiText.Clean(raw), Is.EqualTo(expected));

    [Test]
    public void Every_character_is_kept_mapped_spaced_or_dropped_as_documented()
    {
        var wrong = new List<string>();
        for (var c = char.MinValue; ; c++)
        {
            var raw = $"ก{c}1";
            var cleaned = ThaiText.Clean(raw);
            var expected = Reference(raw);
            if (cleaned != expected) wrong.Add($"U+{(int)c:X4}: {cleaned} vs {expected}");
            if (c >= ' ' && cleaned == raw && !ReferenceEquals(cleaned, raw)) wrong.Add($"U+{(int)c:X4}: a clean text was copied");
            if (c == char.MaxValue) break;
        }
        Assert.That(wrong, Is.Empty);
    }

    /// <summary>The doc comment of <see cref="ThaiText.Clean"/>, written out plainly.</summary>
    private static string? Reference(string raw)
    {
        var text = new System.Text.StringBuilder();
        foreach (var c in raw)
        {
            if (c is (>= '\u200B' and <= '\u200F') or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\uFEFF') continue;
            text.Append(c == '\u00A0' || char.IsWhiteSpace(c) ? ' ' : c is >= '๐' and <= '๙' ? (char)('0' + (c - '๐')) : c);
        }
        var collapsed = string.Join(' ', text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length == 0 ? null : collapsed;
    }
}
