using Dlict.Etl.Values;

namespace Dlict.Tests.Etl.Values;

public class SchoolCodeTests
{
    [TestCase("1054390223", "1054390223")]
    [TestCase(" 1054390223 ", "1054390223")]
    [TestCase("1054-390-223", "1054390223")]
    [TestCase("10 5439 0223", "1054390223")]
    [TestCase("1054390223.0", "1054390223")]
    [TestCase("๑๐๕๔๓๙๐๒๒๓", "1054390223")]
    [TestCase("57030001", "57030001")]
    [TestCase("0123456789", "0123456789")]
    [TestCase("01234567", "01234567")]
    public void Normalizes(string raw, string expected)
    {
        Assert.That(SchoolCode.TryNormalize(raw, out var code), Is.True);
        Assert.That(code, Is.EqualTo(expected));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("-")]
    [TestCase("123456789")]
    [TestCase("1234567")]
    [TestCase("12345678901")]
    [TestCase("1054390223.5")]
    [TestCase("105439022A")]
    [TestCase("54020000x")]
    [TestCase("1.054390223E9")]
    public void Rejects(string? raw)
    {
        Assert.That(SchoolCode.TryNormalize(raw, out var code), Is.False);
        Assert.That(code, Is.Null);
    }
}
