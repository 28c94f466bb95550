using Dlict.Etl.Values;

namespace Dlict.Tests.Etl.Values;

public class MissingTests
{
    [TestCase(null, true)]
    [TestCase("", true)]
    [TestCase("   ", true)]
    [TestCase("-", true)]
    [TestCase(" - ", true)]
    [TestCase("—", true)]
    [TestCase("–", true)]
    [TestCase("\u200B", true)]
    [TestCase("0", false)]
    [TestCase("--", false)]
    [TestCase("ไม่มี", false)]
    public void IsMissing(string? raw, bool expected) =>
        Assert.That(Missing.IsMissing(raw), Is.EqualTo(expected));
}
