using Dlict.Etl.Values;

namespace Dlict.Tests.Etl.Values;

public class CitizenIdTests
{
    /// <summary>Weighted sum Σ d_i·(14−i) of the first 12 digits.</summary>
    private static int WeightedSum(string twelve) => twelve.Select((c, i) => (c - '0') * (13 - i)).Sum();

    [TestCase("1234567890121")]
    [TestCase("1101700203468")]
    [TestCase("3509900123450")]
    [TestCase("1999900001231")]
    public void Known_valid_ids(string id) => Assert.That(CitizenId.IsValid(id), Is.True);

    [TestCase("100000000013")]
    [TestCase("100000000027")]
    public void Remainder_zero_gives_check_digit_one(string first12)
    {
        Assert.That(WeightedSum(first12) % 11, Is.EqualTo(0));
        Assert.That(CitizenId.IsValid(first12 + "1"), Is.True);
        Assert.That(CitizenId.IsValid(first12 + "0"), Is.False);
    }

    [TestCase("100000000005")]
    [TestCase("100000000019")]
    [TestCase("110170020345")]
    public void Remainder_one_gives_check_digit_zero(string first12)
    {
        Assert.That(WeightedSum(first12) % 11, Is.EqualTo(1));
        Assert.That(CitizenId.IsValid(first12 + "0"), Is.True);
        Assert.That(CitizenId.IsValid(first12 + "1"), Is.False);
    }

    [TestCase("1234567890122")]
    [TestCase("110170020345")]
    [TestCase("11017002034511")]
    [TestCase("1-2345-67890-12-1")]
    [TestCase("123456789012a")]
    [TestCase("")]
    public void Invalid_ids(string id) => Assert.That(CitizenId.IsValid(id), Is.False);

    [TestCase("G123456789012", true)]
    [TestCase("g123456789012", true)]
    [TestCase("G12345678901", false)]
    [TestCase("G1234567890123", false)]
    [TestCase("X123456789012", false)]
    [TestCase("G12345678901a", false)]
    public void GCode(string id, bool expected) => Assert.That(CitizenId.IsGCode(id), Is.EqualTo(expected));

    [TestCase("1-2345-67890-12-1", "1234567890121")]
    [TestCase("๑๒๓๔๕๖๗๘๙๐๑๒๑", "1234567890121")]
    [TestCase(" g123456789012 ", "G123456789012")]
    [TestCase("1234567890122", null)]
    [TestCase(null, null)]
    public void TryNormalize(string? raw, string? expected)
    {
        Assert.That(CitizenId.TryNormalize(raw, out var id), Is.EqualTo(expected is not null));
        Assert.That(id, Is.EqualTo(expected));
    }
}
