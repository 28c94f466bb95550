using Dlict.Etl.Values;

namespace Dlict.Tests.Etl.Values;

public class NumberParserTests
{
    [TestCase("12", 12L)]
    [TestCase(" 12 ", 12L)]
    [TestCase("+12", 12L)]
    [TestCase("-3", -3L)]
    [TestCase("0", 0L)]
    [TestCase("๑๒", 12L)]
    [TestCase("๑,๒๓๔", 1234L)]
    [TestCase("1,234", 1234L)]
    [TestCase("1,234,567", 1234567L)]
    [TestCase("12.0", 12L)]
    [TestCase("12.00", 12L)]
    [TestCase("1,234.0", 1234L)]
    [TestCase("2568", 2568L)]
    [TestCase("007", 7L)]
    [TestCase("999999999999999", 999999999999999L)]
    [TestCase("1000000000000000", 1000000000000000L)]
    [TestCase("-1000000000000000", -1000000000000000L)]
    public void Integer_parses(string raw, long expected)
    {
        Assert.That(NumberParser.TryParseInteger(raw, out var value), Is.True);
        Assert.That(value, Is.EqualTo(expected));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("  ")]
    [TestCase("-")]
    [TestCase("—")]
    [TestCase("–")]
    public void Missing_integer_is_null_not_zero(string? raw)
    {
        Assert.That(NumberParser.TryParseInteger(raw, out var value), Is.True);
        Assert.That(value, Is.Null);
    }

    [TestCase("12.5")]
    [TestCase("1 234")]
    [TestCase("12,5")]
    [TestCase("1,23")]
    [TestCase(",123")]
    [TestCase("123,")]
    [TestCase("1000000000000001")]
    [TestCase("99999999999999999999")]
    [TestCase("1e3")]
    [TestCase("2568x")]
    [TestCase("abc")]
    [TestCase("12a")]
    [TestCase("1.2.3")]
    [TestCase("+")]
    [TestCase(".")]
    [TestCase("--5")]
    public void Integer_rejects(string raw)
    {
        Assert.That(NumberParser.TryParseInteger(raw, out var value), Is.False);
        Assert.That(value, Is.Null);
    }

    [TestCase("1.5", 1.5)]
    [TestCase("๒.๕", 2.5)]
    [TestCase("1,234.75", 1234.75)]
    [TestCase(".5", 0.5)]
    [TestCase("-18.25", -18.25)]
    [TestCase("6", 6.0)]
    public void Decimal_parses(string raw, double expected)
    {
        Assert.That(NumberParser.TryParseDecimal(raw, out var value), Is.True);
        Assert.That(value, Is.EqualTo((decimal)expected));
    }

    [TestCase("-", true)]
    [TestCase("1,5", false)]
    [TestCase("ชม.", false)]
    public void Decimal_missing_and_rejects(string raw, bool ok)
    {
        Assert.That(NumberParser.TryParseDecimal(raw, out var value), Is.EqualTo(ok));
        Assert.That(value, Is.Null);
    }
}
