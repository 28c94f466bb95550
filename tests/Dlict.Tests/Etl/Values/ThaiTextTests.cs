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
}
