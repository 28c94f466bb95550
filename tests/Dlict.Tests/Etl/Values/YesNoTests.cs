using Dlict.Etl.Values;

namespace Dlict.Tests.Etl.Values;

public class YesNoTests
{
    [TestCase("Y", true)]
    [TestCase("y", true)]
    [TestCase("YES", true)]
    [TestCase("Yes", true)]
    [TestCase("1", true)]
    [TestCase("๑", true)]
    [TestCase("มี", true)]
    [TestCase("ใช่", true)]
    [TestCase("true", true)]
    [TestCase("TRUE", true)]
    [TestCase("ใช้ DLTV", true)]
    [TestCase("ใช้ dltv", true)]
    [TestCase("ใช้  DLTV", true)]
    [TestCase("ใช้", true)]
    [TestCase("จัด", true)]
    [TestCase("✓", true)]
    [TestCase("N", false)]
    [TestCase("no", false)]
    [TestCase("NO", false)]
    [TestCase("0", false)]
    [TestCase("ไม่มี", false)]
    [TestCase("ไม่ใช่", false)]
    [TestCase("false", false)]
    [TestCase("ไม่ใช้", false)]
    [TestCase("ไม่จัด", false)]
    public void Parses(string raw, bool expected)
    {
        Assert.That(YesNo.TryParse(raw, out var value), Is.True);
        Assert.That(value, Is.EqualTo(expected));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("-")]
    public void Missing_is_null(string? raw)
    {
        Assert.That(YesNo.TryParse(raw, out var value), Is.True);
        Assert.That(value, Is.Null);
    }

    [TestCase("maybe")]
    [TestCase("2")]
    [TestCase("ไม่แน่ใจ")]
    [TestCase("yes please")]
    public void Rejects(string raw)
    {
        Assert.That(YesNo.TryParse(raw, out var value), Is.False);
        Assert.That(value, Is.Null);
    }
}
